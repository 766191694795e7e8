package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/** An enterprise row as stored: kinds and customs modes are comma-separated codes. */
record EnterpriseRow(Long id, String creditCode, String creditCodeOverrideReason, String nameZh, String nameEn,
		String kinds, String customsCode, String customsModes, String district, String address, String contactName,
		String contactPhone, String contactEmail, BigDecimal exportValueCny, BigDecimal importValueCny,
		EnterpriseStatus status, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
		int version) {
}
