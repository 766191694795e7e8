package org.zonehub.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One report for the period on several (or all) of the zone's measures of an action, submitted together. A measure
 * with a draft (perhaps with evidence) takes the entry's fields into that draft, whose version must be sent.
 */
record BatchReportForm(@NotNull LocalDate period, @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull BatchReportEntry> entries) {

	record BatchReportEntry(@NotNull Long measureId, @NotNull MeasureStatus status, @Size(max = 4000) String progressNote,
			@Digits(integer = 16, fraction = 2) BigDecimal figure, @Size(max = 32) String unit,
			LocalDate completedOn, @Size(max = 1000) String naReason, Integer draftVersion) {
	}

}
