-- Bulk imports of a zone's enterprise registry: one row per uploaded file, the job's progress and its result.
-- status: QUEUED -> RUNNING -> SUCCEEDED (row errors, if any, are reported) | FAILED (the file as a whole).
-- Counts are in data rows (the header is not one): created + updated + unchanged + rejected = total_rows at the end.
-- errors holds the first 1,000 row errors as [{"row":..,"column":..,"field":..,"message":..}]; error_count counts
-- them all. Nothing filters on errors, so it is a JSON column.
CREATE TABLE enterprise_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id         BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    total_rows      INT           NULL,
    processed_rows  INT           NOT NULL DEFAULT 0,
    created_count   INT           NOT NULL DEFAULT 0,
    updated_count   INT           NOT NULL DEFAULT 0,
    unchanged_count INT           NOT NULL DEFAULT 0,
    rejected_count  INT           NOT NULL DEFAULT 0,
    error_count     INT           NOT NULL DEFAULT 0,
    errors          JSON          NULL,
    failure         VARCHAR(500)  NULL,
    created_by      VARCHAR(254)  NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    started_at      DATETIME(3)   NULL,
    finished_at     DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_enterprise_import_zone_created (zone_id, created_at),
    CONSTRAINT fk_enterprise_import_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
