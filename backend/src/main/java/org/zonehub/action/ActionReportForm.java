package org.zonehub.action;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report on one measure for one reporting date.
 *
 * @param naReason required when not applicable
 * @param completedOn required when done
 * @param unit required with a figure (e.g. 票, 万元, %)
 * @param version the draft's version when changing an existing draft; absent to start one
 */
record ActionReportForm(@NotNull LocalDate period, @NotNull MeasureStatus status, @Size(max = 4000) String progressNote,
		@Digits(integer = 16, fraction = 2) BigDecimal figure, @Size(max = 32) String unit, LocalDate completedOn,
		@Size(max = 1000) String naReason, Integer version) {
}
