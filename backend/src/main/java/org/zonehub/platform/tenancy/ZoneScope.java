package org.zonehub.platform.tenancy;

/**
 * A zone the caller was allowed into, with the access that was granted. Mapper statements on tenant tables take
 * it as the parameter {@code zone} and filter with {@code zone_id = #{zone.zoneId}} through the shared fragment.
 */
public record ZoneScope(long zoneId, String zoneCode, Caller caller, Access access) {

	/**
	 * The enterprise whose data the caller may see: an enterprise user only its own, anyone else any of the zone's.
	 * A foreign enterprise answers 404, like any other foreign record.
	 */
	public void requireEnterprise(long enterpriseId) {
		if (caller.isEnterprise() && !Long.valueOf(enterpriseId).equals(caller.enterpriseId())) {
			throw new TenantAccessDenied.NotFound();
		}
	}

}
