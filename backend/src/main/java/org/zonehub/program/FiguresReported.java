package org.zonehub.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/**
 * Figures of one month were reported for the first time, by an enterprise ({@code enterpriseId}) or the zone
 * ({@code null}). The month is not confirmed yet: a rollup counts it only with {@link ProgramMonthConfirmed}.
 * <p>
 * {@code enterpriseId} is the reporting enterprise, or {@code null} for the zone's own figures and for a zone's
 * import ({@code importId}), whose figures of a month come in batches across enterprises.
 */
public record FiguresReported(UUID eventId, long zoneId, long programId, String month, Long enterpriseId,
		List<Long> figureIds, FigureSource source, Long importId, Instant at) implements ZoneEvent {

	public FiguresReported(long zoneId, long programId, String month, Long enterpriseId, List<Long> figureIds,
			FigureSource source, Long importId, Instant at) {
		this(UUID.randomUUID(), zoneId, programId, month, enterpriseId, List.copyOf(figureIds), source, importId, at);
	}

}
