package org.zonehub.platform.security;

/** The realm roles of the {@code zonehub} Keycloak realm, and the Spring authorities they map to. */
public final class Roles {

	public static final String MINISTRY = "ministry";
	public static final String ZONE_ADMIN = "zone-admin";
	public static final String ENTERPRISE = "enterprise";

	/** Spring authority names ({@code ROLE_} + upper-case, dash to underscore). */
	public static final String AUTHORITY_MINISTRY = "ROLE_MINISTRY";
	public static final String AUTHORITY_ZONE_ADMIN = "ROLE_ZONE_ADMIN";
	public static final String AUTHORITY_ENTERPRISE = "ROLE_ENTERPRISE";

	private Roles() {
	}

	public static String authorityOf(String realmRole) {
		return "ROLE_" + realmRole.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
	}

	public static String realmRoleOf(String authority) {
		return authority.substring("ROLE_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static boolean isZonehubRole(String realmRole) {
		return MINISTRY.equals(realmRole) || ZONE_ADMIN.equals(realmRole) || ENTERPRISE.equals(realmRole);
	}

}
