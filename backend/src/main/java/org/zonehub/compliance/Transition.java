package org.zonehub.compliance;

import java.time.Instant;

/**
 * One step in an assessment's history.
 *
 * @param fromStatus {@code null} for the start
 */
public record Transition(AssessmentStatus fromStatus, AssessmentStatus toStatus, String actor, String actorName,
		Instant at, String comment) {
}
