package org.zonehub.platform.events;

import java.util.UUID;

/**
 * Something in a zone was created or changed. Features publish it inside the transaction that made the change;
 * the audit trail records it in that same transaction, so a change and its record stand or fall together.
 *
 * @param zoneId the zone the entity belongs to
 * @param actor username of who did it
 * @param requestId the request (or import job) it happened in
 * @param entityType e.g. {@code zone}, {@code enterprise}, {@code account}
 * @param action e.g. {@code created}, {@code updated}, {@code suspended}
 * @param before the entity before the change ({@code null} when created); any JSON-serializable value
 * @param after the entity after the change ({@code null} when removed)
 */
public record EntityChanged(UUID eventId, long zoneId, String actor, String requestId, String entityType,
		String entityId, String action, Object before, Object after) implements ZoneEvent {

	public EntityChanged(long zoneId, String actor, String requestId, String entityType, String entityId,
			String action, Object before, Object after) {
		this(UUID.randomUUID(), zoneId, actor, requestId, entityType, entityId, action, before, after);
	}

}
