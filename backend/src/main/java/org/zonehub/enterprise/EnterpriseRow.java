package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/** An enterprise row as stored: kinds and customs modes are comma-separated codes. */
record EnterpriseRow(Long id, String creditCode, String creditCodeOverrideReason, String nameZh, String nameEn,
		String kinds, String customsCode, String customsModes, String district, String address, String contactName,
		String contactPhone, String contactEmail, BigDecimal exportValueCny, BigDecimal importValueCny,
		EnterpriseStatus status, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
		int version) {

	/** The row with another status, changed by {@code actor} at {@code at}. */
	EnterpriseRow withStatus(EnterpriseStatus newStatus, String actor, Instant at) {
		return new EnterpriseRow(id, creditCode, creditCodeOverrideReason, nameZh, nameEn, kinds, customsCode,
				customsModes, district, address, contactName, contactPhone, contactEmail, exportValueCny,
				importValueCny, newStatus, createdBy, createdAt, actor, at, version);
	}

	/** The row with another contact, changed by {@code actor} at {@code at}. */
	EnterpriseRow withContact(String name, String phone, String email, String actor, Instant at) {
		return new EnterpriseRow(id, creditCode, creditCodeOverrideReason, nameZh, nameEn, kinds, customsCode,
				customsModes, district, address, name, phone, email, exportValueCny, importValueCny, status,
				createdBy, createdAt, actor, at, version);
	}

	/** The row with the id the database gave it. */
	EnterpriseRow withId(long newId) {
		return new EnterpriseRow(newId, creditCode, creditCodeOverrideReason, nameZh, nameEn, kinds, customsCode,
				customsModes, district, address, contactName, contactPhone, contactEmail, exportValueCny,
				importValueCny, status, createdBy, createdAt, updatedBy, updatedAt, version);
	}

	/** The row as an update leaves it: one version on. */
	EnterpriseRow bumped() {
		return new EnterpriseRow(id, creditCode, creditCodeOverrideReason, nameZh, nameEn, kinds, customsCode,
				customsModes, district, address, contactName, contactPhone, contactEmail, exportValueCny,
				importValueCny, status, createdBy, createdAt, updatedBy, updatedAt, version + 1);
	}

}
