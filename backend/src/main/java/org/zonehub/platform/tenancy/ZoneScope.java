package org.zonehub.platform.tenancy;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * A zone the caller was allowed into, with the access that was granted. Mapper statements on tenant tables take
 * it as the parameter {@code zone} and filter with {@code zone_id = #{zone.zoneId}} through the shared fragment.
 * Only {@link TenancyGuard} makes one.
 */
public final class ZoneScope {

	private final long zoneId;

	private final String zoneCode;

	private final Caller caller;

	private final Access access;

	private final TenantZoneMapper standing;

	ZoneScope(long zoneId, String zoneCode, Caller caller, Access access, TenantZoneMapper standing) {
		this.zoneId = zoneId;
		this.zoneCode = zoneCode;
		this.caller = caller;
		this.access = access;
		this.standing = standing;
	}

	public long zoneId() {
		return zoneId;
	}

	public String zoneCode() {
		return zoneCode;
	}

	/** Who entered; {@code null} in the platform's own scopes ({@link TenancyGuard#systemScopes}, bindings). */
	public Caller caller() {
		return caller;
	}

	public Access access() {
		return access;
	}

	/** Zone administration (and ministry's read-only look at it): enterprise users are refused with 403. */
	public void requireZoneStaff() {
		if (!caller.isMinistry() && !caller.isZoneAdmin()) {
			throw new ApiProblem(ErrorCode.ZONE_STAFF_ONLY);
		}
	}

	/** Changing zone data: only the zone's own administrators (ministry is read-only, enterprises are refused). */
	public void requireZoneAdmin() {
		if (!caller.isZoneAdmin() || access != Access.WRITE) {
			throw new ApiProblem(caller.isMinistry() ? ErrorCode.MINISTRY_READ_ONLY : ErrorCode.ZONE_ADMIN_ONLY);
		}
	}

	/**
	 * The enterprise whose data the caller may see: an enterprise user only its own, anyone else any of the zone's.
	 * A foreign enterprise answers 404, like any other foreign record.
	 */
	public void requireEnterprise(long enterpriseId) {
		if (caller.isEnterprise() && !Long.valueOf(enterpriseId).equals(caller.enterpriseId())) {
			throw ApiProblem.notFound();
		}
	}

	/**
	 * The enterprise a list is narrowed to: for an enterprise user always its own (asking for another answers 404),
	 * for anyone else the one requested ({@code null}: all of the zone's). An enterprise user always has an
	 * enterprise (the guard refuses one without), so this never widens to the whole zone for them.
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
	 * Acting as the enterprise (answering its assessment, submitting its fixes, keeping its contact): only its own
	 * users, with write access, while the enterprise is active. Another enterprise's user gets 404 like any foreign
	 * record; zone staff get 403. Called inside the write's transaction: the enterprise's status is read there and
	 * its row held until commit, so a suspension is never outrun by a token issued before it.
	 */
	public void requireOwnEnterprise(long enterpriseId) {
		requireEnterprise(enterpriseId);
		if (!caller.isEnterprise() || access != Access.WRITE) {
			throw new ApiProblem(caller.isMinistry() ? ErrorCode.MINISTRY_READ_ONLY : ErrorCode.ENTERPRISE_USERS_ONLY);
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An enterprise's write must check its standing inside its transaction");
		}
		String status = standing.lockEnterpriseStatus(this, enterpriseId);
		if (status == null) {
			throw ApiProblem.notFound();
		}
		if (!"ACTIVE".equals(status)) {
			throw new ApiProblem(ErrorCode.ENTERPRISE_INACTIVE);
		}
	}

	@Override
	public String toString() {
		return zoneCode + " (" + access + ") for " + caller;
	}

}
