package org.zonehub.action;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Replicating mature measures nationwide: which measures, and the new action's name, number and window. */
record ReplicationForm(@NotNull @Size(min = 1, max = 200) List<@NotNull Long> measureIds,
		@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 300) String nameEn,
		@NotNull @Min(2000) @Max(2100) Integer year, @Size(max = 64) String documentNo,
		@NotNull LocalDate windowStart, @NotNull LocalDate windowEnd) {
}
