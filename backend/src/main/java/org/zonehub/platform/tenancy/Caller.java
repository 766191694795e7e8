package org.zonehub.platform.tenancy;

import java.util.Objects;
import java.util.Set;

import org.zonehub.platform.security.Roles;

/**
 * Who is calling, once the token's claims were found to fit exactly one role's shape and, for zone and enterprise
 * users, the account binding ZoneHub recorded when it provisioned them. Only this package makes one (from a token,
 * or for demo seeding), so no other code can make up a caller.
 */
public final class Caller {

	private final String userId;

	private final String username;

	private final String displayName;

	private final String role;

	private final String zone;

	private final Long enterpriseId;

	Caller(String userId, String username, String displayName, String role, String zone, Long enterpriseId) {
		this.userId = userId;
		this.username = Objects.requireNonNull(username);
		this.displayName = displayName;
		this.role = Objects.requireNonNull(role);
		this.zone = zone;
		this.enterpriseId = enterpriseId;
	}

	/** The Keycloak user id (the token's {@code sub}); {@code null} for demo seeding. */
	public String userId() {
		return userId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	/** The one ZoneHub realm role. */
	public String role() {
		return role;
	}

	public Set<String> roles() {
		return Set.of(role);
	}

	/** The zone code of a zone admin or enterprise user; {@code null} for ministry staff. */
	public String zone() {
		return zone;
	}

	/** The enterprise of an enterprise user; {@code null} for everyone else. */
	public Long enterpriseId() {
		return enterpriseId;
	}

	public boolean isMinistry() {
		return Roles.MINISTRY.equals(role);
	}

	public boolean isZoneAdmin() {
		return Roles.ZONE_ADMIN.equals(role);
	}

	public boolean isEnterprise() {
		return Roles.ENTERPRISE.equals(role);
	}

	@Override
	public String toString() {
		return role + " " + username + (zone == null ? "" : " of " + zone)
				+ (enterpriseId == null ? "" : " enterprise " + enterpriseId);
	}

}
