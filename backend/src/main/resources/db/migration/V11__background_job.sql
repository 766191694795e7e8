-- Background work that outlives the process and runs once across replicas (platform.jobs): one row per job.
-- status: QUEUED -> RUNNING -> SUCCEEDED | FAILED; a RUNNING job goes back to QUEUED when its process hands it back at
-- shutdown or the sweeper finds its process dead (heartbeat_at older than the timeout) and the kind resumes.
-- running_slot is 1 while RUNNING and NULL otherwise: the unique key then allows one running job per zone and kind
-- (NULLs never collide in a unique key on MySQL, MariaDB and TiDB alike), so a second claim fails on the key.
-- attempts counts the runs started; with claimed_by it names one claim, and every write of a run is conditional on
-- it, so a run whose claim was taken over can write nothing more. lost_runs counts the runs lost with their process.
-- All times here are the database's clock (UTC), so replicas' clocks never decide whether a job is dead.
CREATE TABLE background_job (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id        BIGINT        NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    subject_id     BIGINT        NULL,
    status         VARCHAR(16)   NOT NULL,
    running_slot   TINYINT       NULL,
    requested_by   VARCHAR(64)   NULL,
    request_id     VARCHAR(64)   NULL,
    claimed_by     VARCHAR(128)  NULL,
    heartbeat_at   DATETIME(3)   NULL,
    attempts       INT           NOT NULL DEFAULT 0,
    lost_runs      INT           NOT NULL DEFAULT 0,
    progress_done  BIGINT        NOT NULL DEFAULT 0,
    progress_total BIGINT        NULL,
    failure_code   VARCHAR(64)   NULL,
    created_at     DATETIME(3)   NOT NULL,
    started_at     DATETIME(3)   NULL,
    finished_at    DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_background_job_running (zone_id, kind, running_slot),
    KEY ix_background_job_queue (zone_id, status, id),
    CONSTRAINT fk_background_job_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An import's upload now lives in the content-addressed file store, under this hash, instead of a path of one machine.
ALTER TABLE enterprise_import
    ADD COLUMN file_sha256 CHAR(64) NULL AFTER file_name;

-- Imports queued or running when a version before this one stopped ran on an in-memory pool: nothing will ever run
-- them, and their uploads were never kept where another process could read them. Say so instead of leaving them.
UPDATE enterprise_import
   SET status = 'FAILED',
       failure_code = 'import.interrupted',
       failure_args = JSON_ARRAY(),
       finished_at = UTC_TIMESTAMP(3)
 WHERE status IN ('QUEUED', 'RUNNING');
