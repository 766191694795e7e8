package org.zonehub.action;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An action as its owner writes it, whole: the action, its key tasks and their measures (a draft is replaced as a
 * whole on every save).
 *
 * @param reportingDates empty or absent: monthly (the last day of each month of the window, and the window's end)
 * @param allZones true (default for national actions): every live zone; false: the listed {@code zones}. A zone's
 * own action is always scoped to that zone.
 * @param version the version last read, required when changing a draft
 */
record ActionForm(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 300) String nameEn,
		@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 100) String leadDepartment,
		@Size(max = 40) List<@NotBlank @Size(max = 100) String> partnerDepartments,
		@Size(max = 64) String documentNo, @NotNull LocalDate windowStart, @NotNull LocalDate windowEnd,
		@Size(max = 60) List<@NotNull LocalDate> reportingDates, Boolean allZones,
		@Size(max = 500) List<@NotBlank @Size(max = 32) String> zones,
		@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull ActionKeyTaskForm> keyTasks, Integer version) {

	record ActionKeyTaskForm(@NotBlank @Size(max = 200) String titleZh, @NotBlank @Size(max = 300) String titleEn,
			@NotNull @Size(max = 100) List<@Valid @NotNull ActionMeasureForm> measures) {
	}

	/** @param zones empty or absent: every zone of the action; else those of its zones the measure applies to */
	record ActionMeasureForm(@NotBlank @Size(max = 16) String number, @NotBlank @Size(max = 300) String titleZh,
			@NotBlank @Size(max = 400) String titleEn, @Size(max = 2000) String descriptionZh,
			@Size(max = 3000) String descriptionEn, @NotBlank @Size(max = 100) String leadDepartment,
			@Size(max = 40) List<@NotBlank @Size(max = 100) String> partnerDepartments,
			@Size(max = 1000) String expectedResult, @NotNull LocalDate dueDate,
			@Size(max = 500) List<@NotBlank @Size(max = 32) String> zones) {
	}

}
