package org.zonehub.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An action was launched and fanned out: one event for the whole launch, carrying the zones that received
 * assignments. Not a {@code ZoneEvent}: a national launch belongs to no single zone, and one event per zone (or per
 * assignment) is what the launch must not cost. Listeners take it once through {@code EventReceipts} by its id.
 *
 * @param ownerZoneId {@code null} for a national action
 */
public record ActionLaunched(UUID eventId, long actionId, Long ownerZoneId, List<Long> zoneIds, int assignments,
		Instant at) {

	static ActionLaunched of(long actionId, Long ownerZoneId, List<Long> zoneIds, int assignments, Instant at) {
		return new ActionLaunched(UUID.randomUUID(), actionId, ownerZoneId, List.copyOf(zoneIds), assignments, at);
	}

}
