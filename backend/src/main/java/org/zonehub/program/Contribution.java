package org.zonehub.program;

import java.math.BigDecimal;

/**
 * What one enterprise adds to a KPI up to a month: a flow's sum of its figures, a stock's latest value (none once
 * it left).
 *
 * @param latestMonth the month of its latest figure up to then
 * @param stale a stock's latest value is more than three months old
 * @param reportedThisMonth it has a figure for the month itself
 */
public record Contribution(long enterpriseId, String creditCode, String nameZh, BigDecimal value,
		String latestMonth, boolean stale, boolean left, boolean reportedThisMonth) {
}
