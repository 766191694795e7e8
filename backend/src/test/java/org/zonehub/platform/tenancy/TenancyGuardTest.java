package org.zonehub.platform.tenancy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenancyGuardTest {

	/** ningbo and hangzhou are live; xiamen was revoked. */
	static final TenantZoneMapper ZONES = new TenantZoneMapper() {

		private final Map<String, TenantZone> zones = Map.of("ningbo", new TenantZone(1, "ACTIVE"), "hangzhou",
				new TenantZone(2, "APPROVED"), "xiamen", new TenantZone(3, "REVOKED"));

		@Override
		public TenantZone findByCode(String code) {
			return zones.get(code);
		}

		@Override
		public java.util.List<String> allCodes() {
			return java.util.List.copyOf(zones.keySet());
		}

		@Override
		public String lockEnterpriseStatus(ZoneScope zone, long enterpriseId) {
			return "ACTIVE";
		}

	};

	private final TenancyGuard guard = new TenancyGuard(null, ZONES, new MockEnvironment());

	private static final Caller NINGBO_ADMIN = new Caller("u1", "a", "A", Roles.ZONE_ADMIN, "ningbo", null);

	private static final Caller NINGBO_ENTERPRISE = new Caller("u2", "e", "E", Roles.ENTERPRISE, "ningbo", 7L);

	private static final Caller XIAMEN_ADMIN = new Caller("u3", "x", "X", Roles.ZONE_ADMIN, "xiamen", null);

	private static final Caller MINISTRY = new Caller("u4", "m", "M", Roles.MINISTRY, null, null);

	@Test
	void zoneAdminReadsAndWritesOwnZone() {
		assertThat(guard.decide(NINGBO_ADMIN, "ningbo", Access.WRITE).zoneId()).isEqualTo(1L);
		assertThat(guard.decide(NINGBO_ADMIN, "ningbo", Access.READ).zoneCode()).isEqualTo("ningbo");
	}

	@Test
	void anotherZoneIsNotFoundWhetherItExistsOrNot() {
		assertRefused(() -> guard.decide(NINGBO_ADMIN, "hangzhou", Access.READ), ErrorCode.NOT_FOUND);
		assertRefused(() -> guard.decide(NINGBO_ADMIN, "nowhere", Access.READ), ErrorCode.NOT_FOUND);
		assertRefused(() -> guard.decide(NINGBO_ENTERPRISE, "hangzhou", Access.READ), ErrorCode.NOT_FOUND);
	}

	@Test
	void ministryReadsAnyZoneButWritesNone() {
		assertThat(guard.decide(MINISTRY, "hangzhou", Access.READ).zoneId()).isEqualTo(2L);
		assertRefused(() -> guard.decide(MINISTRY, "hangzhou", Access.WRITE), ErrorCode.MINISTRY_READ_ONLY);
		assertRefused(() -> guard.decide(MINISTRY, "nowhere", Access.READ), ErrorCode.NOT_FOUND);
	}

	@Test
	void aRevokedZoneIsReadButNotWritten() {
		assertThat(guard.decide(XIAMEN_ADMIN, "xiamen", Access.READ).zoneId()).isEqualTo(3L);
		assertThat(guard.decide(MINISTRY, "xiamen", Access.READ).zoneId()).isEqualTo(3L);
		assertRefused(() -> guard.decide(XIAMEN_ADMIN, "xiamen", Access.WRITE), ErrorCode.ZONE_CLOSED);
	}

	@Test
	void enterpriseUserSeesOnlyItsOwnEnterprise() {
		ZoneScope scope = guard.decide(NINGBO_ENTERPRISE, "ningbo", Access.READ);

		scope.requireEnterprise(7L);
		assertRefused(() -> scope.requireEnterprise(8L), ErrorCode.NOT_FOUND);
		assertThat(scope.enterpriseFilter(null)).isEqualTo(7L);
		assertRefused(() -> scope.enterpriseFilter(8L), ErrorCode.NOT_FOUND);
		guard.decide(NINGBO_ADMIN, "ningbo", Access.READ).requireEnterprise(8L);
	}

	@Test
	void anEnterpriseWriteChecksItsStandingInsideItsTransaction() {
		ZoneScope scope = guard.decide(NINGBO_ENTERPRISE, "ningbo", Access.WRITE);

		assertThatThrownBy(() -> scope.requireOwnEnterprise(7L)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("transaction");
		assertRefused(() -> guard.decide(NINGBO_ADMIN, "ningbo", Access.WRITE).requireOwnEnterprise(7L),
				ErrorCode.ENTERPRISE_USERS_ONLY);
	}

	@Test
	void demoScopesExistOnlyInTheDemoProfile() {
		assertThatThrownBy(() -> guard.demoScope("ningbo", "seed", "Seed", Roles.ZONE_ADMIN, null))
			.isInstanceOf(IllegalStateException.class);
		TenancyGuard demo = new TenancyGuard(null, ZONES, withProfile("demo"));
		assertThat(demo.demoScope("ningbo", "seed", "Seed", Roles.ZONE_ADMIN, null).zoneId()).isEqualTo(1L);
		assertThatThrownBy(() -> demo.demoScope("ningbo", "seed", "Seed", Roles.MINISTRY, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> demo.demoScope("ningbo", "seed", "Seed", Roles.ENTERPRISE, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static MockEnvironment withProfile(String profile) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		return environment;
	}

	static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblem.class,
				refused -> assertThat(refused.code()).isEqualTo(code));
	}

}
