package org.zonehub.platform.tenancy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zonehub.platform.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenancyGuardTest {

	private static final Map<String, Long> ZONES = Map.of("ningbo", 1L, "hangzhou", 2L);

	private final TenancyGuard guard = new TenancyGuard(new CurrentCaller(), ZONES::get);

	private static final Caller NINGBO_ADMIN = new Caller("a", "A", Set.of(Roles.ZONE_ADMIN), "ningbo", null);

	private static final Caller NINGBO_ENTERPRISE = new Caller("e", "E", Set.of(Roles.ENTERPRISE), "ningbo", 7L);

	private static final Caller MINISTRY = new Caller("m", "M", Set.of(Roles.MINISTRY), null, null);

	@Test
	void zoneAdminReadsAndWritesOwnZone() {
		assertThat(guard.decide(NINGBO_ADMIN, "ningbo", Access.WRITE).zoneId()).isEqualTo(1L);
		assertThat(guard.decide(NINGBO_ADMIN, "ningbo", Access.READ).zoneCode()).isEqualTo("ningbo");
	}

	@Test
	void anotherZoneIsNotFoundWhetherItExistsOrNot() {
		assertThatThrownBy(() -> guard.decide(NINGBO_ADMIN, "hangzhou", Access.READ))
			.isInstanceOf(TenantAccessDenied.NotFound.class);
		assertThatThrownBy(() -> guard.decide(NINGBO_ADMIN, "nowhere", Access.READ))
			.isInstanceOf(TenantAccessDenied.NotFound.class);
		assertThatThrownBy(() -> guard.decide(NINGBO_ENTERPRISE, "hangzhou", Access.READ))
			.isInstanceOf(TenantAccessDenied.NotFound.class);
	}

	@Test
	void ministryReadsAnyZoneButWritesNone() {
		assertThat(guard.decide(MINISTRY, "hangzhou", Access.READ).zoneId()).isEqualTo(2L);
		assertThatThrownBy(() -> guard.decide(MINISTRY, "hangzhou", Access.WRITE))
			.isInstanceOf(TenantAccessDenied.Forbidden.class);
		assertThatThrownBy(() -> guard.decide(MINISTRY, "nowhere", Access.READ))
			.isInstanceOf(TenantAccessDenied.NotFound.class);
	}

	@Test
	void ministryWhoIsAlsoAZoneAdminWritesOnlyInTheirOwnZone() {
		Caller both = new Caller("b", "B", Set.of(Roles.MINISTRY, Roles.ZONE_ADMIN), "ningbo", null);

		assertThat(guard.decide(both, "ningbo", Access.WRITE).zoneId()).isEqualTo(1L);
		assertThatThrownBy(() -> guard.decide(both, "hangzhou", Access.WRITE))
			.isInstanceOf(TenantAccessDenied.Forbidden.class);
	}

	@Test
	void userWithoutZoneOrRoleGetsNowhere() {
		Caller noZone = new Caller("x", "X", Set.of(Roles.ZONE_ADMIN), null, null);
		Caller noRole = new Caller("y", "Y", Set.of(), "ningbo", null);

		assertThatThrownBy(() -> guard.decide(noZone, "ningbo", Access.READ))
			.isInstanceOf(TenantAccessDenied.NotFound.class);
		assertThatThrownBy(() -> guard.decide(noRole, "ningbo", Access.READ))
			.isInstanceOf(TenantAccessDenied.NotFound.class);
	}

	@Test
	void enterpriseUserSeesOnlyItsOwnEnterprise() {
		ZoneScope scope = guard.decide(NINGBO_ENTERPRISE, "ningbo", Access.READ);

		scope.requireEnterprise(7L);
		assertThatThrownBy(() -> scope.requireEnterprise(8L)).isInstanceOf(TenantAccessDenied.NotFound.class);
		guard.decide(NINGBO_ADMIN, "ningbo", Access.READ).requireEnterprise(8L);
	}

}
