package org.zonehub.platform.tenancy;

import org.springframework.stereotype.Component;

/**
 * Decides whether the caller may enter a zone:
 * <ul>
 * <li>a zone admin: their own zone, read and write;</li>
 * <li>an enterprise user: their own zone (and, through {@link ZoneScope#requireEnterprise}, their own enterprise);</li>
 * <li>ministry: any zone, read-only.</li>
 * </ul>
 * Any other zone answers 404, whether it exists or not.
 */
@Component
public class TenancyGuard {

	private final CurrentCaller currentCaller;

	private final TenantZoneMapper zones;

	TenancyGuard(CurrentCaller currentCaller, TenantZoneMapper zones) {
		this.currentCaller = currentCaller;
		this.zones = zones;
	}

	public ZoneScope enter(String zoneCode, Access access) {
		return decide(currentCaller.get(), zoneCode, access);
	}

	/**
	 * The same decision for a caller that is not the current request's, e.g. a background job acting for the user
	 * who started it, or demo seeding.
	 */
	public ZoneScope scopeFor(Caller caller, String zoneCode, Access access) {
		return decide(caller, zoneCode, access);
	}

	ZoneScope decide(Caller caller, String zoneCode, Access access) {
		boolean member = zoneCode.equals(caller.zone()) && (caller.isZoneAdmin() || caller.isEnterprise());
		if (!member && !caller.isMinistry()) {
			throw new TenantAccessDenied.NotFound();
		}
		Long zoneId = zones.findIdByCode(zoneCode);
		if (zoneId == null) {
			throw new TenantAccessDenied.NotFound();
		}
		if (access == Access.WRITE && !member) {
			throw new TenantAccessDenied.Forbidden("Ministry staff can read a zone's data but not change it.");
		}
		return new ZoneScope(zoneId, zoneCode, caller, access);
	}

}
