package org.zonehub.identity;

import java.time.Instant;

/**
 * A Keycloak account as ZoneHub shows it (never Keycloak's own representation).
 *
 * @param passwordChangePending the user has not yet replaced the temporary password
 */
public record Account(String id, String username, String email, String firstName, String lastName, boolean enabled,
		boolean passwordChangePending, Instant createdAt) {
}
