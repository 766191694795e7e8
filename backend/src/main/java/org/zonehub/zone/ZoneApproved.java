package org.zonehub.zone;

import java.time.Instant;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/**
 * A new pilot zone was registered (approved by the State Council). Published in the registration's transaction;
 * features that give every live zone something (a national all-zones special action) listen after the commit.
 */
public record ZoneApproved(UUID eventId, long zoneId, String code, Instant at) implements ZoneEvent {

	static ZoneApproved of(long zoneId, String code, Instant at) {
		return new ZoneApproved(UUID.randomUUID(), zoneId, code, at);
	}

}
