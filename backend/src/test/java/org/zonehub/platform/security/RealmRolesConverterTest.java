package org.zonehub.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesConverterTest {

	private final RealmRolesConverter converter = new RealmRolesConverter();

	@Test
	void mapsZonehubRealmRolesToAuthorities() {
		Jwt jwt = token(Map.of("roles", List.of("zone-admin", "offline_access", "uma_authorization", "ministry")));

		assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder(Roles.AUTHORITY_ZONE_ADMIN, Roles.AUTHORITY_MINISTRY);
	}

	@Test
	void tokenWithoutRealmAccessGrantsNothing() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claim("sub", "x").issuedAt(Instant.now()).build();

		assertThat(converter.convert(jwt)).isEmpty();
	}

	@Test
	void clientRolesAndMalformedEntriesAreIgnored() {
		Jwt jwt = token(Map.of("roles", List.of("enterprise", 42, "manage-users")));

		assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactly(Roles.AUTHORITY_ENTERPRISE);
	}

	@Test
	void authorityNamesRoundTripToRealmRoles() {
		for (String role : List.of(Roles.MINISTRY, Roles.ZONE_ADMIN, Roles.ENTERPRISE)) {
			assertThat(Roles.realmRoleOf(Roles.authorityOf(role))).isEqualTo(role);
		}
		assertThat(Roles.authorityOf(Roles.ZONE_ADMIN)).isEqualTo(Roles.AUTHORITY_ZONE_ADMIN);
	}

	private static Jwt token(Map<String, Object> realmAccess) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim("realm_access", realmAccess)
			.issuedAt(Instant.now())
			.build();
	}

}
