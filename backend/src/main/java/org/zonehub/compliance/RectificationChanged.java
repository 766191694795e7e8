package org.zonehub.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/**
 * A rectification task was created ({@code from} is {@code null}), reassigned ({@code from == to}), submitted,
 * verified or reopened. Published inside the change's transaction for the national rollup.
 */
public record RectificationChanged(UUID eventId, long zoneId, String zoneCode, long enterpriseId, long taskId,
		TaskStatus from, TaskStatus to, LocalDate dueDate, Instant at) implements ZoneEvent {

	public RectificationChanged(long zoneId, String zoneCode, long enterpriseId, long taskId, TaskStatus from,
			TaskStatus to, LocalDate dueDate, Instant at) {
		this(UUID.randomUUID(), zoneId, zoneCode, enterpriseId, taskId, from, to, dueDate, at);
	}

}
