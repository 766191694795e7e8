package org.zonehub.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.zonehub.platform.events.ZoneEvent;

/**
 * An assessment changed state (submitted, returned, approved). Published inside the change's transaction for the
 * national rollup; the audit trail records the same change as an {@code EntityChanged}.
 *
 * @param score and {@code level}: set when approved
 */
public record AssessmentTransitioned(UUID eventId, long zoneId, String zoneCode, long enterpriseId,
		long assessmentId, AssessmentStatus from, AssessmentStatus to, BigDecimal score, Level level, Instant at)
		implements ZoneEvent {

	public AssessmentTransitioned(long zoneId, String zoneCode, long enterpriseId, long assessmentId,
			AssessmentStatus from, AssessmentStatus to, BigDecimal score, Level level, Instant at) {
		this(UUID.randomUUID(), zoneId, zoneCode, enterpriseId, assessmentId, from, to, score, level, at);
	}

}
