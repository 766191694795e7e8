package org.zonehub.program;

import jakarta.validation.constraints.NotNull;

/** The version of the program the caller read. */
record VersionForm(@NotNull Integer version) {
}
