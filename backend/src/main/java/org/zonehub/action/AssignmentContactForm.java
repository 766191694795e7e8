package org.zonehub.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who in the zone answers for an assignment. */
record AssignmentContactForm(@NotBlank @Size(max = 200) String responsibleUnit, @NotBlank @Size(max = 100) String contactPerson,
		@NotNull Integer version) {
}
