package org.zonehub.program;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One month's figures of one reporter: an enterprise ({@code enterpriseId}; an enterprise user always its own) or,
 * with no enterprise, the zone for its program-level KPIs.
 */
record ReportForm(Long enterpriseId, @NotEmpty @Size(max = 50) List<@Valid @NotNull Entry> figures) {

	/**
	 * @param value in the KPI's unit (yuan for money); negative values are taken (a month of returns) and flagged
	 *        for the zone's look before it confirms
	 * @param version the figure's version when correcting one already reported
	 */
	record Entry(@NotBlank String kpiCode,
			@NotNull @DecimalMin("-1E18") @DecimalMax("1E18") @Digits(integer = 18, fraction = 2) BigDecimal value,
			Integer version) {
	}

}
