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
		public java.util.List<ZoneKey> allKeys() {
			return zones.entrySet()
				.stream()
				.map(zone -> new ZoneKey(zone.getValue().id(), zone.getKey()))
				.sorted(java.util.Comparator.comparingLong(ZoneKey::id))
				.toList();
		}

		@Override
		public ZoneKey keyOf(long id) {
			return allKeys().stream().filter(key -> key.id() == id).findFirst().orElse(null);
		}

		@Override
		public String lockEnterpriseStatus(ZoneScope zone, long enterpriseId) {
			return "ACTIVE";
		}

	};

	/** Bindings: u1 administers ningbo, u2 is an enterprise user there, u3 administers the revoked xiamen. */
	static final AccountBindingMapper BINDINGS = new AccountBindingMapper() {

		private final Map<String, AccountBinding> bindings = Map.of("1/u1", binding("u1", "a", Roles.ZONE_ADMIN, null),
				"1/u2", binding("u2", "e", Roles.ENTERPRISE, 7L), "3/u3", binding("u3", "x", Roles.ZONE_ADMIN, null));

		@Override
		public AccountBinding find(ZoneScope zone, String userId) {
			return bindings.get(zone.zoneId() + "/" + userId);
		}

		@Override
		public java.util.List<AccountBinding> ofEnterprise(ZoneScope zone, long enterpriseId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public java.util.List<AccountBinding> ofZone(ZoneScope zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void insert(ZoneScope zone, AccountBinding binding) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int delete(ZoneScope zone, String userId) {
			throw new UnsupportedOperationException();
		}

		private static AccountBinding binding(String userId, String username, String role, Long enterpriseId) {
			return new AccountBinding(userId, username, role, enterpriseId, "test", java.time.Instant.EPOCH);
		}

	};

	private final TenancyGuard guard = new TenancyGuard(null, ZONES, BINDINGS, new MockEnvironment());

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
		TenancyGuard demo = new TenancyGuard(null, ZONES, BINDINGS, withProfile("demo"));
		assertThat(demo.demoScope("ningbo", "seed", "Seed", Roles.ZONE_ADMIN, null).zoneId()).isEqualTo(1L);
		assertThatThrownBy(() -> demo.demoScope("ningbo", "seed", "Seed", Roles.MINISTRY, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> demo.demoScope("ningbo", "seed", "Seed", Roles.ENTERPRISE, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aJobActsForItsUploaderOnlyWhileTheyAreBoundAsAnAdministratorOfTheZone() {
		ZoneScope scope = guard.actForZoneAdmin("ningbo", "u1");

		assertThat(scope.zoneId()).isEqualTo(1L);
		assertThat(scope.access()).isEqualTo(Access.WRITE);
		assertThat(scope.caller().username()).isEqualTo("a");
		assertThat(scope.caller().userId()).isEqualTo("u1");
		scope.requireZoneAdmin();
		assertRefused(() -> guard.actForZoneAdmin("ningbo", "gone"), ErrorCode.ACCOUNT_NOT_BOUND);
		assertRefused(() -> guard.actForZoneAdmin("ningbo", null), ErrorCode.ACCOUNT_NOT_BOUND);
		assertRefused(() -> guard.actForZoneAdmin("ningbo", "u2"), ErrorCode.ACCOUNT_NOT_BOUND);
		assertRefused(() -> guard.actForZoneAdmin("hangzhou", "u1"), ErrorCode.ACCOUNT_NOT_BOUND);
		assertRefused(() -> guard.actForZoneAdmin("xiamen", "u3"), ErrorCode.ZONE_CLOSED);
		assertRefused(() -> guard.actForZoneAdmin("nowhere", "u1"), ErrorCode.NOT_FOUND);
	}

	@Test
	void systemScopesCoverEveryZoneAndPassNoRoleCheck() {
		java.util.List<ZoneScope> scopes = guard.systemScopes();

		assertThat(scopes).extracting(ZoneScope::zoneCode).containsExactly("ningbo", "hangzhou", "xiamen");
		assertThat(scopes.get(0).caller()).isNull();
		assertThatThrownBy(scopes.get(0)::requireZoneAdmin).isInstanceOf(RuntimeException.class);
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
