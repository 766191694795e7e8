package org.zonehub.program;

import java.time.Instant;
import java.util.List;

/**
 * A program as the API shows it.
 *
 * @param enrolled enterprises enrolled now (not left)
 */
public record Program(long id, String nameZh, String nameEn, String industry, List<String> districts,
		String leadUnit, String startMonth, String endMonth, int windowDays, ProgramStatus status,
		List<ProgramKpi> kpis, int enrolled, String createdBy, Instant createdAt, String updatedBy,
		Instant updatedAt, int version) {
}
