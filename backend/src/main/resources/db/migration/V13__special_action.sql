-- National special actions (专项行动): an action with key tasks and numbered measures, fanned out to zones as
-- one assignment per zone and measure, reported on per reporting date, supervised and returned.
--
-- The action, its key tasks and measures belong to their owner (ministry, or the zone that runs its own action):
-- they are national-level rows, read by every zone they apply to. Their zone columns are therefore not called
-- zone_id: owner_zone_id and target_zone_id are the owner's choices of zones, not a tenant's own rows, and
-- TenancyCoverageTest treats every zone_id column as tenant-owned. Everything a zone writes (its assignments,
-- reports, evidence, history) carries zone_id and is read only through the shared tenant predicate.

CREATE TABLE special_action (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    -- NULL: a national action owned by ministry; else the zone that runs its own action
    owner_zone_id        BIGINT        NULL,
    name_zh              VARCHAR(200)  NOT NULL,
    name_en              VARCHAR(300)  NOT NULL,
    year                 SMALLINT      NOT NULL,
    lead_department      VARCHAR(100)  NOT NULL,
    partner_departments  JSON          NOT NULL,
    document_no          VARCHAR(64)   NULL,
    window_start         DATE          NOT NULL,
    window_end           DATE          NOT NULL,
    -- NULL: monthly (the last day of each month of the window, and its end); else the listed dates
    reporting_dates      JSON          NULL,
    all_zones            BOOLEAN       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    source_action_id     BIGINT        NULL,
    created_by           VARCHAR(254)  NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    launched_by          VARCHAR(254)  NULL,
    launched_at          DATETIME(3)   NULL,
    closed_by            VARCHAR(254)  NULL,
    closed_at            DATETIME(3)   NULL,
    version              INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_special_action_owner (owner_zone_id, status, year),
    KEY ix_special_action_status (status, all_zones),
    CONSTRAINT fk_special_action_owner FOREIGN KEY (owner_zone_id) REFERENCES zone (id),
    CONSTRAINT fk_special_action_source FOREIGN KEY (source_action_id) REFERENCES special_action (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The zones of an action whose scope is a list (all_zones = FALSE).
CREATE TABLE special_action_zone (
    action_id       BIGINT NOT NULL,
    target_zone_id  BIGINT NOT NULL,
    PRIMARY KEY (action_id, target_zone_id),
    CONSTRAINT fk_special_action_zone_action FOREIGN KEY (action_id) REFERENCES special_action (id),
    CONSTRAINT fk_special_action_zone_zone FOREIGN KEY (target_zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_key_task (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    action_id   BIGINT        NOT NULL,
    sort_order  INT           NOT NULL,
    title_zh    VARCHAR(200)  NOT NULL,
    title_en    VARCHAR(300)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_action_key_task (action_id, sort_order),
    CONSTRAINT fk_action_key_task_action FOREIGN KEY (action_id) REFERENCES special_action (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_measure (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    action_id            BIGINT         NOT NULL,
    key_task_id          BIGINT         NOT NULL,
    sort_order           INT            NOT NULL,
    number               VARCHAR(16)    NOT NULL,
    title_zh             VARCHAR(300)   NOT NULL,
    title_en             VARCHAR(400)   NOT NULL,
    description_zh       VARCHAR(2000)  NULL,
    description_en       VARCHAR(3000)  NULL,
    lead_department      VARCHAR(100)   NOT NULL,
    partner_departments  JSON           NOT NULL,
    expected_result      VARCHAR(1000)  NULL,
    due_date             DATE           NOT NULL,
    -- TRUE: every zone of the action; FALSE: the zones in action_measure_zone
    all_zones            BOOLEAN        NOT NULL,
    -- marked by ministry after the action, for replication nationwide
    mature               BOOLEAN        NOT NULL DEFAULT FALSE,
    source_measure_id    BIGINT         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_action_measure_number (action_id, number),
    KEY ix_action_measure_task (key_task_id, sort_order),
    CONSTRAINT fk_action_measure_action FOREIGN KEY (action_id) REFERENCES special_action (id),
    CONSTRAINT fk_action_measure_task FOREIGN KEY (key_task_id) REFERENCES action_key_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_measure_zone (
    measure_id      BIGINT NOT NULL,
    target_zone_id  BIGINT NOT NULL,
    PRIMARY KEY (measure_id, target_zone_id),
    CONSTRAINT fk_action_measure_zone_measure FOREIGN KEY (measure_id) REFERENCES action_measure (id),
    CONSTRAINT fk_action_measure_zone_zone FOREIGN KEY (target_zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One per zone and measure. status, last_period, returned: the latest submitted report's state, kept with the
-- assignment so the completion matrix reads one row per cell.
CREATE TABLE action_assignment (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id           BIGINT        NOT NULL,
    action_id         BIGINT        NOT NULL,
    measure_id        BIGINT        NOT NULL,
    responsible_unit  VARCHAR(200)  NULL,
    contact_person    VARCHAR(100)  NULL,
    status            VARCHAR(16)   NOT NULL,
    last_period       DATE          NULL,
    last_reported_at  DATETIME(3)   NULL,
    completed_on      DATE          NULL,
    returned          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(3)   NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_action_assignment (zone_id, measure_id),
    KEY ix_action_assignment_zone (zone_id, action_id),
    KEY ix_action_assignment_action (action_id, zone_id),
    CONSTRAINT fk_action_assignment_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_action_assignment_action FOREIGN KEY (action_id) REFERENCES special_action (id),
    CONSTRAINT fk_action_assignment_measure FOREIGN KEY (measure_id) REFERENCES action_measure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A report per reporting date (period). DRAFT while the zone writes it; SUBMITTED is frozen (no statement changes
-- its content again); RETURNED is a submitted one ministry asked more about, answered by a newer report.
CREATE TABLE action_report (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    zone_id         BIGINT         NOT NULL,
    assignment_id   BIGINT         NOT NULL,
    period          DATE           NOT NULL,
    state           VARCHAR(16)    NOT NULL,
    measure_status  VARCHAR(16)    NOT NULL,
    progress_note   VARCHAR(4000)  NULL,
    figure          DECIMAL(18,2)  NULL,
    unit            VARCHAR(32)    NULL,
    completed_on    DATE           NULL,
    na_reason       VARCHAR(1000)  NULL,
    drafted_by      VARCHAR(254)   NOT NULL,
    drafted_at      DATETIME(3)    NOT NULL,
    submitted_by    VARCHAR(254)   NULL,
    submitted_at    DATETIME(3)    NULL,
    returned_by     VARCHAR(254)   NULL,
    returned_at     DATETIME(3)    NULL,
    return_comment  VARCHAR(2000)  NULL,
    version         INT            NOT NULL DEFAULT 0,
    -- one draft per assignment at a time (NULLs do not collide in a unique key)
    open_draft      BIGINT AS (IF(state = 'DRAFT', assignment_id, NULL)) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_action_report_draft (open_draft),
    KEY ix_action_report_assignment (zone_id, assignment_id, state, period),
    CONSTRAINT fk_action_report_assignment FOREIGN KEY (assignment_id) REFERENCES action_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_evidence (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id      BIGINT        NOT NULL,
    report_id    BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    uploaded_by  VARCHAR(254)  NOT NULL,
    uploaded_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_action_evidence_report (zone_id, report_id),
    CONSTRAINT fk_action_evidence_report FOREIGN KEY (report_id) REFERENCES action_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of an assignment: assigned, drafted, submitted, returned, flagged (the daily supervision marks).
-- mark_key makes the daily marks idempotent (one per assignment, kind and date); NULL for the other steps.
CREATE TABLE action_history (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    zone_id        BIGINT         NOT NULL,
    assignment_id  BIGINT         NOT NULL,
    report_id      BIGINT         NULL,
    step           VARCHAR(24)    NOT NULL,
    actor          VARCHAR(254)   NOT NULL,
    at             DATETIME(3)    NOT NULL,
    comment        VARCHAR(2000)  NULL,
    mark_key       VARCHAR(64)    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_action_history_mark (zone_id, assignment_id, mark_key),
    KEY ix_action_history_assignment (zone_id, assignment_id, id),
    CONSTRAINT fk_action_history_assignment FOREIGN KEY (assignment_id) REFERENCES action_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
