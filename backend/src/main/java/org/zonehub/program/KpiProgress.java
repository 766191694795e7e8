package org.zonehub.program;

import java.math.BigDecimal;
import java.util.List;

/**
 * One KPI's progress up to a month.
 *
 * @param actualToDate a flow: the sum of every figure up to the month (an enterprise that left keeps its past
 *        ones); a stock: the sum over the enterprises taking part of each one's latest value up to the month (the
 *        zone's latest for a program-level KPI); {@code null} when nothing was reported
 * @param planToDate a flow: the plan's months added up; a stock: the plan's level for the month
 * @param ofPlan actual ÷ plan to date in percent (one decimal); {@code null} when the plan is 0
 * @param ofTarget actual ÷ the program's target in percent
 * @param growth growth over the base-year value in percent: a stock's level, a flow's last twelve months (null
 *        before twelve months of the program have passed, or with a base of 0)
 * @param status ON_TRACK (≥ 100 % of plan), AT_RISK (≥ 80 %), BEHIND (below)
 * @param stale enterprises whose latest value of a stock is more than three months old
 */
public record KpiProgress(String kpiCode, String nameZh, String nameEn, String unit, Aggregation aggregation,
		Reporter reporter, BigDecimal baseValue, BigDecimal targetValue, BigDecimal actualToDate,
		BigDecimal planToDate, BigDecimal ofPlan, BigDecimal ofTarget, BigDecimal growth, String status, int stale,
		List<Point> series) {

	/**
	 * A month of the chart.
	 *
	 * @param actual a flow: the month's sum; a stock: the level; {@code null} when the month has no figure (missing,
	 *        not zero)
	 * @param cumulativeActual a flow's running total (a stock's level again)
	 */
	public record Point(String month, BigDecimal actual, BigDecimal plan, BigDecimal cumulativeActual,
			BigDecimal cumulativePlan, int reports) {
	}

}
