package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code program_kpi}; {@code plan} as its JSON text. */
record ProgramKpiRow(Long id, long programId, String kpiCode, String nameZh, String nameEn, String unit,
		Aggregation aggregation, Reporter reporter, BigDecimal baseValue, BigDecimal targetValue, String plan,
		int sortOrder, String updatedBy, Instant updatedAt, int version) {
}
