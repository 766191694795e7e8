package org.zonehub.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An assessment in full: its items with answers and evidence, its history, what still stops it from being
 * submitted, and once approved its score, level and rectification tasks.
 *
 * @param baselineVersionNo the national baseline version it was started on ({@code null}: none was published)
 * @param missing what must be done before it can be submitted (empty when it can be)
 * @param scoring the formula's constants, shown on the result page
 * @param version send it back with a decision (return / approve)
 */
public record Assessment(long id, long enterpriseId, String enterpriseName, String creditCode,
		Integer baselineVersionNo, AssessmentStatus status, String startedBy, Instant startedAt, Instant submittedAt,
		String decidedBy, Instant decidedAt, BigDecimal score, Level level, int version, List<AssessmentItem> items,
		List<Missing> missing, List<Transition> history, List<RectificationTask> rectifications,
		Scoring.ScoringRules scoring) {
}
