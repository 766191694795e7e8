package org.zonehub.program;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A program as the zone writes it. {@code kpis} only when creating (afterwards each KPI has its own version);
 * {@code version} only when changing.
 *
 * @param startMonth {@code YYYY-MM}
 * @param windowDays how many days after a month ends it takes reports (default 10)
 */
record ProgramForm(@NotBlank @Size(max = 200) String nameZh, @Size(max = 300) String nameEn,
		@NotBlank @Size(max = 100) String industry, @Size(max = 20) List<@NotBlank @Size(max = 40) String> districts,
		@NotBlank @Size(max = 200) String leadUnit, @NotBlank String startMonth, @NotBlank String endMonth,
		@Min(1) @Max(60) Integer windowDays, @Valid @Size(max = 30) List<ProgramKpiForm> kpis, Integer version) {

	static final int DEFAULT_WINDOW_DAYS = 10;

	/** The longest program: five years of months. */
	static final int MAX_MONTHS = 60;

}
