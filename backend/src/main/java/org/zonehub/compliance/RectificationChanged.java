package org.zonehub.compliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification task was created ({@code from} is {@code null}), reassigned ({@code from == to}), submitted,
 * verified or reopened. Published inside the change's transaction for the national rollup.
 */
public record RectificationChanged(long zoneId, String zoneCode, long enterpriseId, long taskId, TaskStatus from,
		TaskStatus to, LocalDate dueDate, Instant at) {
}
