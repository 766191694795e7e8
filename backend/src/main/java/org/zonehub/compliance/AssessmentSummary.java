package org.zonehub.compliance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An assessment in a list (the review queue, an enterprise's rounds).
 *
 * @param waitingMinutes how long a submitted assessment has waited for review; {@code null} otherwise
 * @param answered items answered so far, of {@code items}
 */
public record AssessmentSummary(long id, long enterpriseId, String enterpriseName, String creditCode,
		Integer baselineVersionNo, AssessmentStatus status, Instant startedAt, Instant submittedAt,
		Instant decidedAt, BigDecimal score, Level level, Long waitingMinutes, int items, int answered) {
}
