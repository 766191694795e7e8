package org.zonehub.program;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A KPI of a program: its base-year value, its target for the whole program and its monthly plan (one value per
 * month of the program; left out, a straight line: a flow's target spread evenly, a stock's level rising evenly
 * from the base to the target). A flow's plan must add up to its target; a stock's must end at it.
 *
 * @param kpiCode only when creating a program (the path names it afterwards)
 * @param version only when changing a KPI the program already has
 */
record ProgramKpiForm(String kpiCode, @NotNull Reporter reporter,
		@NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal baseValue,
		@NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal targetValue,
		@Size(max = ProgramForm.MAX_MONTHS) List<@NotNull @DecimalMin("0") @DecimalMax("1E18") BigDecimal> plan,
		Integer version) {
}
