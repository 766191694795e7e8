package org.zonehub.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps Keycloak's {@code realm_access.roles} to Spring authorities, once, for every request.
 * Only ZoneHub's own roles are kept; Keycloak's defaults (offline_access, uma_authorization…) are dropped.
 */
final class RealmRolesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
		if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream()
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.filter(Roles::isZonehubRole)
			.distinct()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(Roles.authorityOf(role)))
			.toList();
	}

}
