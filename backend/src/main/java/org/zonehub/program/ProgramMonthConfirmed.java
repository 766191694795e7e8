package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/**
 * The zone confirmed a month of a program: its figures now count nationally, and this event carries them — the
 * only way figures reach the national rollup, so unconfirmed months never do.
 *
 * @param totals per KPI: a flow's sum for the month, a stock's level at the month
 */
public record ProgramMonthConfirmed(UUID eventId, long zoneId, String zoneCode, long programId, String month,
		List<KpiTotal> totals, Instant at) implements ZoneEvent {

	/** One KPI's figure of the confirmed month. */
	public record KpiTotal(String kpiCode, Aggregation aggregation, BigDecimal value, int reports) {
	}

	public ProgramMonthConfirmed(long zoneId, String zoneCode, long programId, String month, List<KpiTotal> totals,
			Instant at) {
		this(UUID.randomUUID(), zoneId, zoneCode, programId, month, List.copyOf(totals), at);
	}

}
