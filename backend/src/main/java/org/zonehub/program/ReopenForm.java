package org.zonehub.program;

import jakarta.validation.constraints.NotNull;

/** Reopens a closed month for one enterprise. */
record ReopenForm(@NotNull Long enterpriseId) {
}
