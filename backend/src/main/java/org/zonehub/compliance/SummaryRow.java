package org.zonehub.compliance;

import java.math.BigDecimal;
import java.time.Instant;

/** A list row: the header with item counts. */
record SummaryRow(long id, long enterpriseId, String enterpriseName, String creditCode, Integer baselineVersionNo,
		AssessmentStatus status, Instant startedAt, Instant submittedAt, Instant decidedAt, BigDecimal score,
		Level level, int items, int answered) {
}
