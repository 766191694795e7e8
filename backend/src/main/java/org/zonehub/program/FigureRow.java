package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code program_figure}: the standing (latest) revision of one KPI, month and reporter. */
record FigureRow(Long id, long programId, String kpiCode, Long enterpriseId, String month, BigDecimal value,
		FigureSource source, int revision, String reportedBy, Instant reportedAt, Instant firstReportedAt,
		boolean late, int version) {

	Figure shown(String enterpriseName) {
		return new Figure(id, kpiCode, enterpriseId, enterpriseName, month, value, source, revision, reportedBy,
				reportedAt, firstReportedAt, late, version);
	}

}
