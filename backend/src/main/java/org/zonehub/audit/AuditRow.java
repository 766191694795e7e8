package org.zonehub.audit;

import java.time.Instant;

/** An audit_event row; the states are JSON text. */
record AuditRow(long id, Instant occurredAt, String actor, String requestId, String entityType, String entityId,
		String action, String beforeState, String afterState) {
}
