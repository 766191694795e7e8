package org.zonehub.action;

import java.time.Instant;
import java.util.UUID;

/** An action was closed: no more reports. National like {@link ActionLaunched}, so not a {@code ZoneEvent}. */
public record ActionClosed(UUID eventId, long actionId, Long ownerZoneId, Instant at) {

	static ActionClosed of(long actionId, Long ownerZoneId, Instant at) {
		return new ActionClosed(UUID.randomUUID(), actionId, ownerZoneId, at);
	}

}
