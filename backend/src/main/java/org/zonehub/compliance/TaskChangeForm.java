package org.zonehub.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The zone reassigns a rectification task or moves its due date. */
record TaskChangeForm(@NotBlank @Size(max = 100) String owner, @NotNull LocalDate dueDate,
		@NotNull Integer version) {
}
