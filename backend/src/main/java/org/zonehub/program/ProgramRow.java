package org.zonehub.program;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** A row of {@code program}. */
record ProgramRow(Long id, String nameZh, String nameEn, String industry, String districts, String leadUnit,
		String startMonth, String endMonth, int windowDays, ProgramStatus status, int enrolled, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt, int version) {

	YearMonth first() {
		return YearMonth.parse(startMonth);
	}

	YearMonth last() {
		return YearMonth.parse(endMonth);
	}

	int months() {
		return Months.index(first(), last()) + 1;
	}

	boolean covers(YearMonth month) {
		return !month.isBefore(first()) && !month.isAfter(last());
	}

	ReportingWindow window(YearMonth month) {
		return new ReportingWindow(month, windowDays);
	}

	List<String> districtList() {
		return districts == null || districts.isBlank() ? List.of() : Arrays.asList(districts.split(","));
	}

	Program toProgram(List<ProgramKpi> kpis) {
		return new Program(id, nameZh, nameEn, industry, districtList(), leadUnit, startMonth, endMonth, windowDays,
				status, kpis, enrolled, createdBy, createdAt, updatedBy, updatedAt, version);
	}

}
