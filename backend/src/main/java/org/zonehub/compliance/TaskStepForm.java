package org.zonehub.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step of a rectification task: the enterprise's fix (note required) or the zone's verdict (comment required to
 * reopen).
 */
record TaskStepForm(@Size(max = 2000) String note, @NotNull Integer version) {
}
