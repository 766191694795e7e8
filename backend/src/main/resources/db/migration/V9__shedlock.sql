-- ShedLock's lock rows: one per scheduled task, so each runs on one replica at a time (platform.jobs).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the last reconciliations of Keycloak's accounts against ZoneHub's bindings found (identity module).
CREATE TABLE identity_reconciliation (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    started_at       DATETIME(3)  NOT NULL,
    finished_at      DATETIME(3)  NULL,
    accounts_checked INT          NOT NULL DEFAULT 0,
    bindings_checked INT          NOT NULL DEFAULT 0,
    drift_count      INT          NOT NULL DEFAULT 0,
    drift            JSON         NULL,
    failure          VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    KEY ix_identity_reconciliation_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
