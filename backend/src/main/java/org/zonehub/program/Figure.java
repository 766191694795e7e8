package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reported figure as it stands (its latest revision).
 *
 * @param enterpriseId the reporting enterprise; {@code null} for the zone's program-level figure
 * @param source where the standing revision came from
 * @param late whether the month was first reported after its due day
 * @param version send it back to correct the figure
 */
public record Figure(long id, String kpiCode, Long enterpriseId, String enterpriseName, String month,
		BigDecimal value, FigureSource source, int revision, String reportedBy, Instant reportedAt,
		Instant firstReportedAt, boolean late, int version) {
}
