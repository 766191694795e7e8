-- Industrial-belt programs (产业带): a national KPI dictionary, the zones' own KPIs, programs with KPI targets and
-- monthly plans, enrolled enterprises, monthly figures with their revisions, confirmed months and imports.
--
-- Months are 'YYYY-MM' (CHAR(7), which sorts as time does). Values are DECIMAL(20,2) in the KPI's unit: money in
-- yuan (shown as 万元 / 亿元 by the web app), counts, m², person-times.

-- The ministry's dictionary: not a tenant table (no zone), seeded here. aggregation: FLOW (the months sum) or
-- STOCK (the latest value stands).
CREATE TABLE kpi (
    code         VARCHAR(32)  NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    unit         VARCHAR(16)  NOT NULL,
    aggregation  VARCHAR(8)   NOT NULL,
    sort_order   INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO kpi (code, name_zh, name_en, unit, aggregation, sort_order) VALUES
    ('ENTERPRISES_ONBOARDED', '开展跨境电商企业数', 'Enterprises onboarded to cross-border e-commerce', 'ENTERPRISE', 'STOCK', 10),
    ('ONLINE_SHOPS', '开设跨境网店数', 'Online shops opened', 'SHOP', 'STOCK', 20),
    ('EXPORT_VALUE', '跨境电商出口额', 'Cross-border e-commerce export value', 'CNY', 'FLOW', 30),
    ('OWN_BRANDS', '自主品牌数', 'Own brands', 'BRAND', 'STOCK', 40),
    ('INDEPENDENT_SITES', '独立站数', 'Independent websites', 'SITE', 'STOCK', 50),
    ('OVERSEAS_WAREHOUSES', '海外仓数量', 'Overseas warehouses', 'WAREHOUSE', 'STOCK', 60),
    ('OVERSEAS_WAREHOUSE_AREA', '海外仓面积', 'Overseas warehouse area', 'M2', 'STOCK', 70),
    ('TRAINING', '培训人次', 'Training', 'PERSON_TIME', 'FLOW', 80),
    ('LIVESTREAMS', '直播场次', 'Livestream sessions', 'SESSION', 'FLOW', 90);

-- KPIs a zone adds for its own programs; codes never collide with the dictionary's (checked on create).
CREATE TABLE zone_kpi (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    zone_id      BIGINT       NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    unit         VARCHAR(16)  NOT NULL,
    aggregation  VARCHAR(8)   NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_zone_kpi (zone_id, code),
    CONSTRAINT fk_zone_kpi_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- status: DRAFT -> ACTIVE -> CLOSED. window_days: a month takes reports from the day after it ends for this many
-- days (Asia/Shanghai); districts is a comma-separated list (never filtered on).
CREATE TABLE program (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id      BIGINT        NOT NULL,
    name_zh      VARCHAR(200)  NOT NULL,
    name_en      VARCHAR(300)  NULL,
    industry     VARCHAR(100)  NOT NULL,
    districts    VARCHAR(500)  NOT NULL DEFAULT '',
    lead_unit    VARCHAR(200)  NOT NULL,
    start_month  CHAR(7)       NOT NULL,
    end_month    CHAR(7)       NOT NULL,
    window_days  INT           NOT NULL,
    status       VARCHAR(8)    NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_program_zone (zone_id, status, start_month),
    CONSTRAINT fk_program_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A KPI of a program, copied from the dictionary (or the zone's own) when picked, so a program keeps the names
-- and aggregation it was planned with. plan: JSON array, one value per month of the program (a flow's monthly
-- amount; a stock's level to reach by that month); read whole, never filtered on. reporter: ENTERPRISE or ZONE.
CREATE TABLE program_kpi (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id      BIGINT        NOT NULL,
    program_id   BIGINT        NOT NULL,
    kpi_code     VARCHAR(32)   NOT NULL,
    name_zh      VARCHAR(100)  NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    unit         VARCHAR(16)   NOT NULL,
    aggregation  VARCHAR(8)    NOT NULL,
    reporter     VARCHAR(16)   NOT NULL,
    base_value   DECIMAL(20,2) NOT NULL,
    target_value DECIMAL(20,2) NOT NULL,
    plan         JSON          NOT NULL,
    sort_order   INT           NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_program_kpi (program_id, kpi_code),
    KEY ix_program_kpi_zone (zone_id, program_id),
    CONSTRAINT fk_program_kpi_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An enterprise in a program from enrolled_month; left_month is the first month it no longer takes part in.
CREATE TABLE program_enrolment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id        BIGINT        NOT NULL,
    program_id     BIGINT        NOT NULL,
    enterprise_id  BIGINT        NOT NULL,
    enrolled_month CHAR(7)       NOT NULL,
    left_month     CHAR(7)       NULL,
    enrolled_by    VARCHAR(254)  NOT NULL,
    enrolled_at    DATETIME(3)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_program_enrolment (program_id, enterprise_id),
    KEY ix_program_enrolment_zone (zone_id, program_id, enterprise_id),
    KEY ix_program_enrolment_enterprise (zone_id, enterprise_id),
    CONSTRAINT fk_program_enrolment_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_program_enrolment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The standing figure of one KPI, one month and one reporter (an enterprise, or the zone when enterprise_id is
-- NULL; subject_id makes that 0 so the unique key holds): its latest revision. first_reported_at and late belong
-- to the first submission (timeliness is about when a month was reported, not when it was last corrected).
CREATE TABLE program_figure (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id           BIGINT        NOT NULL,
    program_id        BIGINT        NOT NULL,
    kpi_code          VARCHAR(32)   NOT NULL,
    enterprise_id     BIGINT        NULL,
    subject_id        BIGINT AS (IFNULL(enterprise_id, 0)) STORED,
    month             CHAR(7)       NOT NULL,
    value             DECIMAL(20,2) NOT NULL,
    source            VARCHAR(16)   NOT NULL,
    revision          INT           NOT NULL,
    reported_by       VARCHAR(254)  NOT NULL,
    reported_at       DATETIME(3)   NOT NULL,
    first_reported_at DATETIME(3)   NOT NULL,
    late              BOOLEAN       NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_program_figure (program_id, kpi_code, subject_id, month),
    KEY ix_program_figure_zone (zone_id, program_id, kpi_code, month, subject_id, value),
    KEY ix_program_figure_subject (zone_id, program_id, subject_id, month),
    CONSTRAINT fk_program_figure_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every submission and correction of a figure, as made: who, when, before, after, where from
-- (ENTERPRISE: its own form; ZONE: the zone's form; IMPORT: a zone's import, with the import's id).
CREATE TABLE program_figure_revision (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id       BIGINT        NOT NULL,
    figure_id     BIGINT        NOT NULL,
    revision      INT           NOT NULL,
    value_before  DECIMAL(20,2) NULL,
    value_after   DECIMAL(20,2) NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    import_id     BIGINT        NULL,
    actor         VARCHAR(254)  NOT NULL,
    at            DATETIME(3)   NOT NULL,
    late          BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_program_figure_revision (figure_id, revision),
    KEY ix_program_figure_revision_zone (zone_id, figure_id),
    CONSTRAINT fk_program_figure_revision_figure FOREIGN KEY (figure_id) REFERENCES program_figure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A month the zone confirmed for a program: from then on its figures count in the national rollup and stay as
-- confirmed (no more reports or corrections). outliers: how many figures were flagged when it was confirmed.
CREATE TABLE program_month (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id       BIGINT        NOT NULL,
    program_id    BIGINT        NOT NULL,
    month         CHAR(7)       NOT NULL,
    confirmed_by  VARCHAR(254)  NOT NULL,
    confirmed_at  DATETIME(3)   NOT NULL,
    outliers      INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_program_month (program_id, month),
    KEY ix_program_month_zone (zone_id, program_id, month),
    CONSTRAINT fk_program_month_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A closed month reopened for one enterprise until open_until (a date in Asia/Shanghai, inclusive).
CREATE TABLE program_month_reopening (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id        BIGINT        NOT NULL,
    program_id     BIGINT        NOT NULL,
    month          CHAR(7)       NOT NULL,
    enterprise_id  BIGINT        NOT NULL,
    open_until     DATE          NOT NULL,
    reopened_by    VARCHAR(254)  NOT NULL,
    reopened_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_program_month_reopening (program_id, month, enterprise_id),
    KEY ix_program_month_reopening_zone (zone_id, program_id, month),
    CONSTRAINT fk_program_month_reopening_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bulk imports of figures (credit code x KPI x month x value), run as background jobs like the enterprise import.
CREATE TABLE program_figure_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    zone_id         BIGINT        NOT NULL,
    program_id      BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_sha256     CHAR(64)      NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    total_rows      INT           NULL,
    processed_rows  INT           NOT NULL DEFAULT 0,
    created_count   INT           NOT NULL DEFAULT 0,
    updated_count   INT           NOT NULL DEFAULT 0,
    unchanged_count INT           NOT NULL DEFAULT 0,
    rejected_count  INT           NOT NULL DEFAULT 0,
    error_count     INT           NOT NULL DEFAULT 0,
    errors          JSON          NULL,
    failure_code    VARCHAR(64)   NULL,
    created_by      VARCHAR(254)  NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    started_at      DATETIME(3)   NULL,
    finished_at     DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_program_figure_import_zone (zone_id, program_id, created_at),
    CONSTRAINT fk_program_figure_import_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
