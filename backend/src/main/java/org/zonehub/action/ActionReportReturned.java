package org.zonehub.action;

import java.time.Instant;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/** Ministry returned a zone's report asking for more (请补充). */
public record ActionReportReturned(UUID eventId, long zoneId, long actionId, long assignmentId, long reportId,
		Instant at) implements ZoneEvent {

	static ActionReportReturned of(long zoneId, long actionId, long assignmentId, long reportId, Instant at) {
		return new ActionReportReturned(UUID.randomUUID(), zoneId, actionId, assignmentId, reportId, at);
	}

}
