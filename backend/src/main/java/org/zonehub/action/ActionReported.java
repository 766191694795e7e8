package org.zonehub.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/** A zone submitted a report on one of its measures (alone or in a batch: one event per report). */
public record ActionReported(UUID eventId, long zoneId, long actionId, long measureId, long assignmentId,
		long reportId, LocalDate period, MeasureStatus status, Instant at) implements ZoneEvent {

	static ActionReported of(long zoneId, long actionId, long measureId, long assignmentId, long reportId,
			LocalDate period, MeasureStatus status, Instant at) {
		return new ActionReported(UUID.randomUUID(), zoneId, actionId, measureId, assignmentId, reportId, period,
				status, at);
	}

}
