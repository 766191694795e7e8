package org.zonehub.platform.tenancy;

import java.time.Instant;

/** One account ZoneHub provisioned: the Keycloak user id, its role, and the enterprise of an enterprise user. */
public record AccountBinding(String userId, String username, String role, Long enterpriseId, String createdBy,
		Instant createdAt) {
}
