package org.zonehub.enterprise;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/**
 * Enterprises of a zone took a status: registered (one by one, or a batch of an import), suspended, reactivated or
 * deregistered. Published inside the change's transaction for the national rollup; {@code at} is the rows' own
 * {@code updated_at}, so a listener can tell an older change from a newer one whatever order they arrive in. One
 * event per import batch, not per enterprise: a 50,000-row import makes a hundred events, not 50,000.
 */
public record EnterpriseStatusChanged(UUID eventId, long zoneId, List<Long> enterpriseIds, EnterpriseStatus status,
		Instant at) implements ZoneEvent {

	public EnterpriseStatusChanged(long zoneId, List<Long> enterpriseIds, EnterpriseStatus status, Instant at) {
		this(UUID.randomUUID(), zoneId, List.copyOf(enterpriseIds), status, at);
	}

}
