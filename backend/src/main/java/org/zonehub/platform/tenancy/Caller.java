package org.zonehub.platform.tenancy;

import java.util.Set;

import org.zonehub.platform.security.Roles;

/**
 * Who is calling, as the access token says.
 *
 * @param zone the zone code a zone admin or enterprise user belongs to; {@code null} for ministry staff
 * @param enterpriseId the enterprise an enterprise user belongs to; {@code null} otherwise
 */
public record Caller(String username, String displayName, Set<String> roles, String zone, Long enterpriseId) {

	public boolean isMinistry() {
		return roles.contains(Roles.MINISTRY);
	}

	public boolean isZoneAdmin() {
		return roles.contains(Roles.ZONE_ADMIN);
	}

	public boolean isEnterprise() {
		return roles.contains(Roles.ENTERPRISE);
	}

}
