package org.zonehub.enterprise;

/**
 * Filters of the registry list; {@code null} means any.
 *
 * @param name part of the Chinese or English name
 * @param creditCodePrefix the start of the credit code
 * @param onlyId an enterprise user's own enterprise: they list nothing else
 */
record EnterpriseFilter(String name, String creditCodePrefix, EnterpriseKind kind, EnterpriseStatus status,
		CustomsMode customsMode, Long onlyId) {

	/** The customs mode's code, as stored. */
	public String customsModeCode() {
		return customsMode == null ? null : customsMode.code();
	}

}
