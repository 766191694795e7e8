package org.zonehub.platform.tenancy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.web.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.platform.tenancy.TenancyGuardTest.assertRefused;

/** The shapes a token's claims may have: exactly one role, and the zone and enterprise that role needs. */
class CurrentCallerTest {

	@Test
	void readsZoneAndEnterpriseFromTheToken() {
		Caller caller = CurrentCaller.from(token().claim("zone", "ningbo").claim("enterprise_id", "42").build(),
				Set.of(Roles.ENTERPRISE));

		assertThat(caller.zone()).isEqualTo("ningbo");
		assertThat(caller.enterpriseId()).isEqualTo(42L);
		assertThat(caller.userId()).isEqualTo("user-1");
		assertThat(caller.isEnterprise()).isTrue();
	}

	@Test
	void anEnterpriseUserWithoutAWellFormedEnterpriseIsRefused() {
		for (String malformed : new String[] { "1a", " ", "", "1 OR 1=1", "-1", "0", "01", "99999999999999999999" }) {
			assertRefused(() -> CurrentCaller.from(token().claim("zone", "ningbo").claim("enterprise_id", malformed)
				.build(), Set.of(Roles.ENTERPRISE)), ErrorCode.ACCOUNT_ENTERPRISE_MISSING);
		}
		assertRefused(() -> CurrentCaller.from(token().claim("zone", "ningbo").build(), Set.of(Roles.ENTERPRISE)),
				ErrorCode.ACCOUNT_ENTERPRISE_MISSING);
	}

	@Test
	void aZoneUserWithoutAWellFormedZoneIsRefused() {
		assertRefused(() -> CurrentCaller.from(token().claim("enterprise_id", "1").build(), Set.of(Roles.ENTERPRISE)),
				ErrorCode.ACCOUNT_ZONE_MISSING);
		assertRefused(() -> CurrentCaller.from(token().build(), Set.of(Roles.ZONE_ADMIN)), ErrorCode.ACCOUNT_ZONE_MISSING);
		assertRefused(() -> CurrentCaller.from(token().claim("zone", " ").build(), Set.of(Roles.ZONE_ADMIN)),
				ErrorCode.ACCOUNT_ZONE_MISSING);
		assertRefused(() -> CurrentCaller.from(token().claim("zone", "Ningbo'--").build(), Set.of(Roles.ZONE_ADMIN)),
				ErrorCode.ACCOUNT_ZONE_MISSING);
	}

	@Test
	void aTokenWithTwoRolesOrNoneOrClaimsItsRoleMayNotHaveIsRefused() {
		assertRefused(() -> CurrentCaller.from(token().claim("zone", "ningbo").build(),
				Set.of(Roles.MINISTRY, Roles.ZONE_ADMIN)), ErrorCode.ACCOUNT_ROLES_AMBIGUOUS);
		assertRefused(() -> CurrentCaller.from(token().claim("zone", "ningbo").build(), Set.of()),
				ErrorCode.ACCOUNT_WITHOUT_ROLE);
		assertRefused(() -> CurrentCaller.from(token().claim("zone", "ningbo").build(), Set.of(Roles.MINISTRY)),
				ErrorCode.ACCOUNT_ROLES_AMBIGUOUS);
		assertRefused(() -> CurrentCaller.from(token().claim("zone", "ningbo").claim("enterprise_id", "1").build(),
				Set.of(Roles.ZONE_ADMIN)), ErrorCode.ACCOUNT_ROLES_AMBIGUOUS);
	}

	@Test
	void ministryHasNoZone() {
		Caller ministry = CurrentCaller.from(token().build(), Set.of(Roles.MINISTRY));

		assertThat(ministry.isMinistry()).isTrue();
		assertThat(ministry.zone()).isNull();
		assertThat(ministry.enterpriseId()).isNull();
	}

	@Test
	void chineseNamesAreWrittenFamilyNameFirst() {
		Jwt chinese = token().claim("given_name", "建国").claim("family_name", "王").claim("name", "建国 王").build();
		Jwt english = token().claim("given_name", "Ada").claim("family_name", "Lovelace").claim("name", "Ada Lovelace")
			.build();

		assertThat(CurrentCaller.from(chinese, Set.of(Roles.MINISTRY)).displayName()).isEqualTo("王建国");
		assertThat(CurrentCaller.from(english, Set.of(Roles.MINISTRY)).displayName()).isEqualTo("Ada Lovelace");
		assertThat(CurrentCaller.from(token().build(), Set.of(Roles.MINISTRY)).displayName()).isEqualTo("someone");
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("user-1")
			.claim("preferred_username", "someone")
			.issuedAt(Instant.now());
	}

}
