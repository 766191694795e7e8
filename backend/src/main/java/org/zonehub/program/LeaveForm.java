package org.zonehub.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The enterprise leaves the program from {@code month} on (the first month it no longer takes part in). */
record LeaveForm(@NotBlank String month, @NotNull Integer version) {
}
