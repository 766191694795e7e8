package org.zonehub.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** One recorded change; {@code before} and {@code after} hold only the fields that changed. */
record AuditEntry(long id, Instant occurredAt, String actor, String requestId, String entityType, String entityId,
		String action, JsonNode before, JsonNode after) {
}
