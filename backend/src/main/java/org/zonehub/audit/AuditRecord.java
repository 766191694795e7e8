package org.zonehub.audit;

import java.time.Instant;

/** A change about to be appended to the trail; the states are JSON text of the changed fields. */
record AuditRecord(long zoneId, Instant occurredAt, String actor, String requestId, String entityType,
		String entityId, String action, String beforeState, String afterState) {
}
