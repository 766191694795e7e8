-- Self-assessments, their review, evidence files and rectification tasks.
--
-- An assessment copies the catalogue in force into its items when it starts (code, texts, weight, evidence rule):
-- a draft stays on the version it began with when a new baseline is published, and a score is always computed
-- from the weights the enterprise answered against.

CREATE TABLE assessment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    zone_id              BIGINT       NOT NULL,
    enterprise_id        BIGINT       NOT NULL,
    baseline_version_no  INT          NULL,
    status               VARCHAR(16)  NOT NULL,
    started_by           VARCHAR(254) NOT NULL,
    started_at           DATETIME(3)  NOT NULL,
    submitted_at         DATETIME(3)  NULL,
    decided_by           VARCHAR(254) NULL,
    decided_at           DATETIME(3)  NULL,
    score                DECIMAL(4,1) NULL,
    level                CHAR(1)      NULL,
    version              INT          NOT NULL DEFAULT 0,
    -- One assessment in progress per enterprise: the column is the enterprise while not approved, NULL after,
    -- and NULLs do not collide in a unique key.
    open_for_enterprise  BIGINT AS (IF(status = 'APPROVED', NULL, enterprise_id)) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_assessment_open (open_for_enterprise),
    KEY ix_assessment_queue (zone_id, status, submitted_at),
    KEY ix_assessment_enterprise (zone_id, enterprise_id, started_at),
    CONSTRAINT fk_assessment_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_assessment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id            BIGINT        NOT NULL,
    assessment_id      BIGINT        NOT NULL,
    sort_order         INT           NOT NULL,
    source             VARCHAR(8)    NOT NULL,
    code               VARCHAR(32)   NOT NULL,
    area               VARCHAR(32)   NOT NULL,
    title_zh           VARCHAR(300)  NOT NULL,
    title_en           VARCHAR(300)  NOT NULL,
    guidance_zh        VARCHAR(2000) NOT NULL,
    guidance_en        VARCHAR(2000) NOT NULL,
    weight             SMALLINT      NOT NULL,
    evidence_required  BOOLEAN       NOT NULL,
    answer             VARCHAR(16)   NULL,
    comment            VARCHAR(2000) NULL,
    review_comment     VARCHAR(2000) NULL,
    answered_by        VARCHAR(254)  NULL,
    answered_at        DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_assessment_item_code (assessment_id, code),
    KEY ix_assessment_item_zone (zone_id, answer, code),
    CONSTRAINT fk_assessment_item_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every state change of an assessment: who, when, from, to, comment.
CREATE TABLE assessment_transition (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id        BIGINT        NOT NULL,
    assessment_id  BIGINT        NOT NULL,
    from_status    VARCHAR(16)   NULL,
    to_status      VARCHAR(16)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    actor_name     VARCHAR(200)  NOT NULL,
    at             DATETIME(3)   NOT NULL,
    comment        VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY ix_assessment_transition (assessment_id, id),
    CONSTRAINT fk_assessment_transition_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rectification_task (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id          BIGINT        NOT NULL,
    enterprise_id    BIGINT        NOT NULL,
    assessment_id    BIGINT        NOT NULL,
    item_code        VARCHAR(32)   NOT NULL,
    title_zh         VARCHAR(300)  NOT NULL,
    title_en         VARCHAR(300)  NOT NULL,
    answer           VARCHAR(16)   NOT NULL,
    owner            VARCHAR(100)  NOT NULL,
    due_date         DATE          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    fix_note         VARCHAR(2000) NULL,
    zone_comment     VARCHAR(2000) NULL,
    created_at       DATETIME(3)   NOT NULL,
    submitted_at     DATETIME(3)   NULL,
    verified_by      VARCHAR(254)  NULL,
    verified_at      DATETIME(3)   NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rectification_item (assessment_id, item_code),
    KEY ix_rectification_zone (zone_id, status, due_date),
    KEY ix_rectification_enterprise (zone_id, enterprise_id, status),
    CONSTRAINT fk_rectification_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence metadata; the content itself is a file named by its SHA-256 under the data directory (stored once
-- however often it is uploaded). It belongs to an assessment item or to a rectification task.
CREATE TABLE evidence (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id          BIGINT        NOT NULL,
    enterprise_id    BIGINT        NOT NULL,
    assessment_id    BIGINT        NULL,
    item_code        VARCHAR(32)   NULL,
    task_id          BIGINT        NULL,
    sha256           CHAR(64)      NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    media_type       VARCHAR(100)  NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    uploaded_by      VARCHAR(254)  NOT NULL,
    uploaded_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_evidence_item (assessment_id, item_code),
    KEY ix_evidence_task (task_id),
    KEY ix_evidence_sha (sha256),
    CONSTRAINT fk_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_evidence_task FOREIGN KEY (task_id) REFERENCES rectification_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
