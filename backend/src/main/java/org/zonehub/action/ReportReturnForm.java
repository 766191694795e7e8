package org.zonehub.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Ministry's return of a report (请补充): what more it asks for, and the report's version it read. */
record ReportReturnForm(@Size(max = 2000) String comment, @NotNull Integer version) {
}
