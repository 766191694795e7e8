package org.zonehub.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The zone's decision on a submitted assessment.
 *
 * @param comment required when returning it
 * @param version the version the reviewer saw: a resubmission in between answers 409
 * @param dueDate approving only: due date of the rectification tasks (default 30 days from today)
 */
record DecisionForm(@Size(max = 2000) String comment, @NotNull Integer version, LocalDate dueDate) {
}
