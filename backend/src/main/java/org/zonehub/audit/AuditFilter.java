package org.zonehub.audit;

import java.time.Instant;

/** Filters of the trail; {@code null} means any. {@code to} is exclusive. */
record AuditFilter(String entityType, String entityId, String actor, Instant from, Instant to) {
}
