package org.zonehub.platform.tenancy;

/**
 * The caller may not enter. Foreign data is always "not found", so other zones' codes and ids are not confirmed;
 * "forbidden" is only for a caller who may see the zone but not do this there (ministry writing in a zone).
 */
public abstract sealed class TenantAccessDenied extends RuntimeException {

	TenantAccessDenied(String message) {
		super(message, null, false, false);
	}

	public static final class NotFound extends TenantAccessDenied {

		NotFound() {
			super("Not found.");
		}

	}

	public static final class Forbidden extends TenantAccessDenied {

		Forbidden(String message) {
			super(message);
		}

	}

}
