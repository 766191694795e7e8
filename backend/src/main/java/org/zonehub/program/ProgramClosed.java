package org.zonehub.program;

import java.time.Instant;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/** A program was closed: no more figures. For the national rollup. */
public record ProgramClosed(UUID eventId, long zoneId, String zoneCode, long programId, Instant at)
		implements ZoneEvent {

	public ProgramClosed(long zoneId, String zoneCode, long programId, Instant at) {
		this(UUID.randomUUID(), zoneId, zoneCode, programId, at);
	}

}
