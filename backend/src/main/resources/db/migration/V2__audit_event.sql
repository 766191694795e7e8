-- The audit trail: append-only (no statement in the code updates or deletes it).
-- before_state / after_state hold only the fields that changed; nothing filters on them.
CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    zone_id       BIGINT       NOT NULL,
    occurred_at   DATETIME(3)  NOT NULL,
    actor         VARCHAR(254) NOT NULL,
    request_id    VARCHAR(64)  NULL,
    entity_type   VARCHAR(32)  NOT NULL,
    entity_id     VARCHAR(64)  NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    before_state  JSON         NULL,
    after_state   JSON         NULL,
    PRIMARY KEY (id),
    KEY ix_audit_zone_time (zone_id, occurred_at),
    KEY ix_audit_zone_entity (zone_id, entity_type, entity_id),
    KEY ix_audit_zone_actor (zone_id, actor, occurred_at),
    CONSTRAINT fk_audit_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
