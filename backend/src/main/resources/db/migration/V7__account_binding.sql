-- The accounts ZoneHub provisioned in Keycloak, and the zone (and enterprise) each was made for. A token grants
-- zone or enterprise access only when its user id (sub) is bound here to the zone and enterprise it claims, so an
-- account made by hand in the Keycloak console, or one left over from lost data and naming an enterprise id that
-- now belongs to another enterprise, reaches nothing. Ministry accounts are not provisioned by ZoneHub and have no row.

-- An enterprise user's binding names an enterprise of the same zone: the foreign key covers both columns.
ALTER TABLE enterprise ADD UNIQUE KEY uk_enterprise_zone_id (zone_id, id);

CREATE TABLE account_binding (
    zone_id       BIGINT       NOT NULL,
    user_id       VARCHAR(36)  NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    enterprise_id BIGINT       NULL,
    username      VARCHAR(254) NOT NULL,
    created_by    VARCHAR(254) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (zone_id, user_id),
    UNIQUE KEY uk_account_binding_user (user_id),
    KEY ix_account_binding_zone_enterprise (zone_id, enterprise_id),
    CONSTRAINT fk_account_binding_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_account_binding_enterprise FOREIGN KEY (zone_id, enterprise_id) REFERENCES enterprise (zone_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
