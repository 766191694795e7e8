-- The national rollup (module rollup): per-zone counters kept up to date from the source modules' events, so a
-- national view reads one row per zone, never the enterprises. The two projection tables hold, per enterprise and
-- per rectification task, the latest state the rollup has seen and when; an event older than that changes nothing,
-- which makes delivery order and redelivery harmless. A rebuild recomputes all three from the source tables.

CREATE TABLE rollup_enterprise (
    zone_id        BIGINT        NOT NULL,
    enterprise_id  BIGINT        NOT NULL,
    -- NULL until the enterprise's registration (or a status change) has been seen
    status         VARCHAR(16)   NULL,
    status_at      DATETIME(3)   NULL,
    -- of its latest approved assessment; NULL while it has none
    level          CHAR(1)       NULL,
    score          DECIMAL(4,1)  NULL,
    approved_at    DATETIME(3)   NULL,
    PRIMARY KEY (zone_id, enterprise_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rollup_task (
    zone_id     BIGINT       NOT NULL,
    task_id     BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    due_date    DATE         NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (zone_id, task_id),
    KEY ix_rollup_task_due (zone_id, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per zone: the live counters. Made (empty, rebuilt_at NULL) by the first event or upkeep that needs it, and
-- counted from the source by the rebuild that follows; from then on events change it.
CREATE TABLE zone_rollup (
    zone_id                 BIGINT         NOT NULL,
    active_enterprises      INT            NOT NULL DEFAULT 0,
    assessed_enterprises    INT            NOT NULL DEFAULT 0,
    level_a                 INT            NOT NULL DEFAULT 0,
    level_b                 INT            NOT NULL DEFAULT 0,
    level_c                 INT            NOT NULL DEFAULT 0,
    level_d                 INT            NOT NULL DEFAULT 0,
    score_sum               DECIMAL(14,1)  NOT NULL DEFAULT 0,
    open_rectifications     INT            NOT NULL DEFAULT 0,
    overdue_rectifications  INT            NOT NULL DEFAULT 0,
    -- the Asia/Shanghai day the overdue count was taken on
    overdue_on              DATE           NOT NULL,
    data_as_of              DATETIME(3)    NOT NULL,
    rebuilt_at              DATETIME(3)    NULL,
    PRIMARY KEY (zone_id),
    CONSTRAINT fk_zone_rollup_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A month's figures as they stood when the month closed: written once, never changed (late reports reach the next).
CREATE TABLE zone_rollup_month (
    zone_id                 BIGINT         NOT NULL,
    month                   CHAR(7)        NOT NULL,
    active_enterprises      INT            NOT NULL,
    assessed_enterprises    INT            NOT NULL,
    level_a                 INT            NOT NULL,
    level_b                 INT            NOT NULL,
    level_c                 INT            NOT NULL,
    level_d                 INT            NOT NULL,
    score_sum               DECIMAL(14,1)  NOT NULL,
    open_rectifications     INT            NOT NULL,
    overdue_rectifications  INT            NOT NULL,
    data_as_of              DATETIME(3)    NOT NULL,
    frozen_at               DATETIME(3)    NOT NULL,
    PRIMARY KEY (zone_id, month),
    KEY ix_zone_rollup_month (month),
    CONSTRAINT fk_zone_rollup_month_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rebuild asked for by ministry: one background job per zone, each of which records its zone here when done
-- (once, however often a job is run again), so progress is the count of these rows.
CREATE TABLE rollup_rebuild (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    requested_by  VARCHAR(254)  NOT NULL,
    requested_at  DATETIME(3)   NOT NULL,
    zones_total   INT           NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rollup_rebuild_zone (
    rebuild_id   BIGINT       NOT NULL,
    zone_id      BIGINT       NOT NULL,
    failed       BOOLEAN      NOT NULL,
    finished_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (rebuild_id, zone_id),
    CONSTRAINT fk_rollup_rebuild_zone FOREIGN KEY (rebuild_id) REFERENCES rollup_rebuild (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
