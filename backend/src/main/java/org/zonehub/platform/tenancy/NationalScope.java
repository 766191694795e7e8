package org.zonehub.platform.tenancy;

/**
 * Leave to read across every zone: the ministry's national views, and the platform's own bookkeeping. Statements
 * that read a tenant table across zones take it as the parameter {@code national} and include the shared fragment
 * {@code TenantSql.acrossZones}, a predicate that is always true but cannot bind without one (MyBatis refuses a
 * statement whose parameter is missing) — the only way past {@code TenancyCoverageTest} besides the zone predicate.
 * Only {@link TenancyGuard} makes one, for ministry callers and for the platform itself.
 */
public final class NationalScope {

	private final Caller caller;

	/** Read by the shared fragment (MyBatis reads the field). */
	private final boolean granted = true;

	NationalScope(Caller caller) {
		this.caller = caller;
	}

	/** Ministry's user; {@code null} for the platform's own work ({@link TenancyGuard#systemNational}). */
	public Caller caller() {
		return caller;
	}

	@Override
	public String toString() {
		return "national for " + (caller == null ? "the platform" : caller);
	}

}
