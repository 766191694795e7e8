package org.zonehub.platform.tenancy;

/**
 * A zone the caller was allowed into, with the access that was granted. Mapper statements on tenant tables take
 * it as the parameter {@code zone} and filter with {@code zone_id = #{zone.zoneId}} through the shared fragment.
 */
public record ZoneScope(long zoneId, String zoneCode, Caller caller, Access access) {

	/** Zone administration (and ministry's read-only look at it): enterprise users are refused with 403. */
	public void requireZoneStaff() {
		if (!caller.isMinistry() && !caller.isZoneAdmin()) {
			throw new TenantAccessDenied.Forbidden("Only the zone's administrators can do this.");
		}
	}

	/** Changing zone data: only the zone's own administrators (ministry is read-only, enterprises are refused). */
	public void requireZoneAdmin() {
		if (!caller.isZoneAdmin() || access != Access.WRITE) {
			throw new TenantAccessDenied.Forbidden("Only the zone's administrators can change this.");
		}
	}

	/**
	 * The enterprise whose data the caller may see: an enterprise user only its own, anyone else any of the zone's.
	 * A foreign enterprise answers 404, like any other foreign record.
	 */
	public void requireEnterprise(long enterpriseId) {
		if (caller.isEnterprise() && !Long.valueOf(enterpriseId).equals(caller.enterpriseId())) {
			throw new TenantAccessDenied.NotFound();
		}
	}

	/**
	 * The enterprise a list is narrowed to: for an enterprise user always its own (asking for another answers 404),
	 * for anyone else the one requested ({@code null}: all of the zone's).
	 */
	public Long enterpriseFilter(Long requested) {
		if (!caller.isEnterprise()) {
			return requested;
		}
		if (requested != null) {
			requireEnterprise(requested);
		}
		return caller.enterpriseId();
	}

	/**
	 * Acting as the enterprise (answering its assessment, submitting its fixes): only its own users, and only with
	 * write access. Another enterprise's user gets 404 like any foreign record; zone staff get 403.
	 */
	public void requireOwnEnterprise(long enterpriseId) {
		requireEnterprise(enterpriseId);
		if (!caller.isEnterprise() || access != Access.WRITE) {
			throw new TenantAccessDenied.Forbidden("Only the enterprise's own users can do this.");
		}
	}

}
