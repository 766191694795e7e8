package org.zonehub.compliance;

import java.math.BigDecimal;
import java.time.Instant;

/** An assessment's header as stored, with its enterprise's name and credit code. */
record AssessmentRow(long id, long enterpriseId, String enterpriseName, String creditCode,
		Integer baselineVersionNo, AssessmentStatus status, String startedBy, Instant startedAt, Instant submittedAt,
		String decidedBy, Instant decidedAt, BigDecimal score, Level level, int version) {
}
