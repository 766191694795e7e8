package org.zonehub.identity;

/**
 * An account to create in the realm: the user signs in with {@code email} as username and must change the
 * temporary password on first sign-in.
 *
 * @param role one of {@link org.zonehub.platform.security.Roles}' realm roles
 * @param zone the zone code bound to the user (the {@code zone} claim)
 * @param enterpriseId the enterprise bound to an enterprise user; {@code null} for others
 */
public record NewAccount(String email, String firstName, String lastName, String role, String zone,
		Long enterpriseId) {

	public String username() {
		return email.trim().toLowerCase(java.util.Locale.ROOT);
	}

}
