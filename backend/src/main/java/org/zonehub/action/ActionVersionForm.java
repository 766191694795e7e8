package org.zonehub.action;

import jakarta.validation.constraints.NotNull;

/** A step on something versioned (launch, close, submit): the version the caller read. */
record ActionVersionForm(@NotNull Integer version) {
}
