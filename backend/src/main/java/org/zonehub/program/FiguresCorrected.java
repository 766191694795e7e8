package org.zonehub.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/** Figures already reported for a month got a new revision (a correction or a zone's import). * <p>
 * {@code enterpriseId} is the reporting enterprise, or {@code null} for the zone's own figures and for a zone's
 * import ({@code importId}), whose figures of a month come in batches across enterprises.
 */
public record FiguresCorrected(UUID eventId, long zoneId, long programId, String month, Long enterpriseId,
		List<Long> figureIds, FigureSource source, Long importId, Instant at) implements ZoneEvent {

	public FiguresCorrected(long zoneId, long programId, String month, Long enterpriseId, List<Long> figureIds,
			FigureSource source, Long importId, Instant at) {
		this(UUID.randomUUID(), zoneId, programId, month, enterpriseId, List.copyOf(figureIds), source, importId, at);
	}

}
