package org.zonehub.program;

import java.time.Instant;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/** A program went from draft to active: its months take figures from now on. For the national rollup. */
public record ProgramActivated(UUID eventId, long zoneId, String zoneCode, long programId, String startMonth,
		String endMonth, Instant at) implements ZoneEvent {

	public ProgramActivated(long zoneId, String zoneCode, long programId, String startMonth, String endMonth,
			Instant at) {
		this(UUID.randomUUID(), zoneId, zoneCode, programId, startMonth, endMonth, at);
	}

}
