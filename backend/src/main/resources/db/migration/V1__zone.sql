-- Pilot zones: the tenants. Not tenant-owned itself; every tenant table refers to zone.id.
CREATE TABLE zone (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(32)  NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    province     VARCHAR(16)  NOT NULL,
    batch        SMALLINT     NOT NULL,
    approved_on  DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    merged_into  VARCHAR(32)  NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_zone_code (code),
    KEY ix_zone_status (status),
    KEY ix_zone_province (province)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
