package org.zonehub.program;

import java.math.BigDecimal;

/**
 * A figure to look at before confirming its month: negative, or over {@value MonthlyReporting#OUTLIER_FACTOR} times the
 * same reporter's figure of the previous month.
 *
 * @param reason {@code NEGATIVE} or {@code JUMP}
 */
public record Outlier(long figureId, String kpiCode, Long enterpriseId, BigDecimal value, BigDecimal previous,
		String reason) {
}
