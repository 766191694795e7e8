package org.zonehub.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A KPI the zone adds for its own programs; its code must not be one of the dictionary's. */
record ZoneKpiForm(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
		@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 200) String nameEn, @NotNull KpiUnit unit,
		@NotNull Aggregation aggregation) {
}
