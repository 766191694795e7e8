package org.zonehub.platform.tenancy;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Decides whether the caller may enter a zone:
 * <ul>
 * <li>a zone admin: their own zone, read and write;</li>
 * <li>an enterprise user: their own zone (and, through {@link ZoneScope#requireEnterprise}, their own enterprise);</li>
 * <li>ministry: any zone, read-only.</li>
 * </ul>
 * Any other zone answers 404, whether it exists or not. A revoked or merged zone stays readable to its own users
 * and to ministry (its records are the history an evaluation or an appeal needs) but takes no more writes.
 */
@Component
public class TenancyGuard {

	private final CurrentCaller currentCaller;

	private final TenantZoneMapper zones;

	private final AccountBindingMapper bindings;

	private final Environment environment;

	TenancyGuard(CurrentCaller currentCaller, TenantZoneMapper zones, AccountBindingMapper bindings,
			Environment environment) {
		this.currentCaller = currentCaller;
		this.zones = zones;
		this.bindings = bindings;
		this.environment = environment;
	}

	public ZoneScope enter(String zoneCode, Access access) {
		return decide(currentCaller.get(), zoneCode, access);
	}

	/**
	 * Ministry across every zone ({@code /api/national/**}, which security already keeps to ministry; refused here
	 * too, so a national read can never be reached by a zone's user through another path).
	 */
	public NationalScope enterNational() {
		return new NationalScope(requireMinistry());
	}

	/** Across every zone for the platform's own work (rollups, sweeps); has no caller, so no role check passes. */
	public NationalScope systemNational() {
		return new NationalScope(null);
	}

	/**
	 * The zone for a background job that acts for the zone administrator who started it, possibly in another process
	 * after a restart, so with no token to read. The account (its Keycloak user id, stored with the job) must still
	 * be bound by ZoneHub as an administrator of exactly that zone ({@code ACCOUNT_NOT_BOUND} otherwise), and the
	 * zone must still take writes; the caller is rebuilt from that binding. Keycloak itself is not asked (a job must
	 * not depend on it): an account disabled there acts until its binding is removed, as its unexpired tokens would.
	 */
	public ZoneScope actForZoneAdmin(String zoneCode, String userId) {
		TenantZoneMapper.TenantZone zone = zones.findByCode(zoneCode);
		if (zone == null) {
			throw ApiProblem.notFound();
		}
		AccountBinding binding = userId == null ? null
				: bindings.find(new ZoneScope(zone.id(), zoneCode, null, Access.READ, zones), userId);
		if (binding == null || !Roles.ZONE_ADMIN.equals(binding.role())) {
			throw new ApiProblem(ErrorCode.ACCOUNT_NOT_BOUND);
		}
		Caller admin = new Caller(userId, binding.username(), binding.username(), Roles.ZONE_ADMIN, zoneCode, null);
		return decide(admin, zoneCode, Access.WRITE);
	}

	/**
	 * Every zone, for the platform's own bookkeeping across zones: the job queue's claims and sweeps
	 * ({@code platform.jobs}), whose rows carry a zone like any tenant row. These scopes have no caller, so no role
	 * check passes on them; work done for a user enters the zone as that user ({@link #actForZoneAdmin}).
	 */
	public List<ZoneScope> systemScopes() {
		return zones.allKeys()
			.stream()
			.map(zone -> new ZoneScope(zone.id(), zone.code(), null, Access.WRITE, zones))
			.toList();
	}

	/**
	 * Ministry acting, through an {@code /api/national} path, on what ministry owns inside a zone's records (returning
	 * a zone's report on a national action). Inside the zone's own paths ministry stays read-only; the feature
	 * decides which of its steps this scope may take. An unknown zone answers 404, a closed one 403.
	 */
	public ZoneScope ministryActingIn(String zoneCode) {
		Caller caller = requireMinistry();
		TenantZoneMapper.TenantZone zone = zones.findByCode(zoneCode);
		if (zone == null) {
			throw ApiProblem.notFound();
		}
		if (zone.isClosed()) {
			throw new ApiProblem(ErrorCode.ZONE_CLOSED);
		}
		return new ZoneScope(zone.id(), zoneCode, caller, Access.WRITE, zones);
	}

	/** The ministry caller of an {@code /api/national} request (403 for anyone else). */
	public Caller requireMinistry() {
		Caller caller = currentCaller.get();
		if (!caller.isMinistry()) {
			throw new ApiProblem(ErrorCode.FORBIDDEN);
		}
		return caller;
	}

	/**
	 * One zone for the platform's own work on an event that names it by id (the national rollup): like
	 * {@link #systemScopes}, without a caller. {@code null} when no such zone exists.
	 */
	public ZoneScope systemScope(long zoneId) {
		TenantZoneMapper.ZoneKey zone = zones.keyOf(zoneId);
		return zone == null ? null : new ZoneScope(zone.id(), zone.code(), null, Access.WRITE, zones);
	}

	/**
	 * A caller for the demo data seeders, in the {@code demo} profile only (it fails anywhere else): the zone admin
	 * or enterprise user the seeded records are attributed to.
	 */
	public ZoneScope demoScope(String zoneCode, String actor, String displayName, String role, Long enterpriseId) {
		if (!environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("Demo scopes exist only in the demo profile");
		}
		if (Roles.MINISTRY.equals(role) || (Roles.ENTERPRISE.equals(role) != (enterpriseId != null))) {
			throw new IllegalArgumentException("A demo caller is a zone admin, or an enterprise user of one enterprise");
		}
		return decide(new Caller(null, actor, displayName, role, zoneCode, enterpriseId), zoneCode, Access.WRITE);
	}

	/**
	 * Ministry acting in a zone for the demo data seeders, in the {@code demo} profile only (it fails anywhere else),
	 * as {@link #ministryActingIn} would for a ministry request.
	 */
	public ZoneScope demoMinistryActingIn(String zoneCode) {
		if (!environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("Demo scopes exist only in the demo profile");
		}
		TenantZoneMapper.TenantZone zone = zones.findByCode(zoneCode);
		if (zone == null) {
			throw ApiProblem.notFound();
		}
		Caller caller = new Caller(null, "ministry", "商务部（演示）", Roles.MINISTRY, null, null);
		return new ZoneScope(zone.id(), zoneCode, caller, Access.WRITE, zones);
	}

	ZoneScope decide(Caller caller, String zoneCode, Access access) {
		boolean member = zoneCode.equals(caller.zone()) && (caller.isZoneAdmin() || caller.isEnterprise());
		if (!member && !caller.isMinistry()) {
			throw ApiProblem.notFound();
		}
		TenantZoneMapper.TenantZone zone = zones.findByCode(zoneCode);
		if (zone == null) {
			throw ApiProblem.notFound();
		}
		if (access == Access.WRITE && !member) {
			throw new ApiProblem(ErrorCode.MINISTRY_READ_ONLY);
		}
		if (access == Access.WRITE && zone.isClosed()) {
			throw new ApiProblem(ErrorCode.ZONE_CLOSED);
		}
		return new ZoneScope(zone.id(), zoneCode, caller, access, zones);
	}

}
