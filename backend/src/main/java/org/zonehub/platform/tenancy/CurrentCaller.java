package org.zonehub.platform.tenancy;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zonehub.platform.security.Roles;

/** Reads the caller from the validated token of the current request. */
@Component
public class CurrentCaller {

	public Caller get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			throw new IllegalStateException("No bearer token in this request");
		}
		return from(token.getToken(), roles(token));
	}

	static Caller from(Jwt jwt, Set<String> roles) {
		String username = jwt.getClaimAsString("preferred_username");
		return new Caller(username, displayName(jwt, username), roles,
				blankToNull(jwt.getClaimAsString("zone")), enterpriseId(jwt.getClaimAsString("enterprise_id")));
	}

	/**
	 * Keycloak's {@code name} claim is "given family", which reads wrongly for Chinese names (建国 王): those are
	 * written family name first, without a space (王建国).
	 */
	static String displayName(Jwt jwt, String username) {
		String given = jwt.getClaimAsString("given_name");
		String family = jwt.getClaimAsString("family_name");
		if (given != null && family != null && (isHan(given) || isHan(family))) {
			return family.trim() + given.trim();
		}
		String name = jwt.getClaimAsString("name");
		return name == null || name.isBlank() ? username : name;
	}

	private static boolean isHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static Set<String> roles(JwtAuthenticationToken token) {
		Set<String> roles = new LinkedHashSet<>();
		for (GrantedAuthority authority : token.getAuthorities()) {
			// Spring Security also records how the caller authenticated (FACTOR_BEARER): not a role
			if (authority.getAuthority().startsWith("ROLE_")) {
				roles.add(Roles.realmRoleOf(authority.getAuthority()));
			}
		}
		return Set.copyOf(roles);
	}

	private static Long enterpriseId(String claim) {
		if (claim == null || claim.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(claim.trim());
		}
		catch (NumberFormatException malformed) {
			return null; // a malformed binding grants nothing rather than failing every request
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
