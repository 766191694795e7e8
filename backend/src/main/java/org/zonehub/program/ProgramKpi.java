package org.zonehub.program;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI of a program with its targets.
 *
 * @param plan one value per month of the program: a flow's planned amount for the month, a stock's level to
 *        reach by the end of the month
 */
public record ProgramKpi(String kpiCode, String nameZh, String nameEn, String unit, Aggregation aggregation,
		Reporter reporter, BigDecimal baseValue, BigDecimal targetValue, List<BigDecimal> plan, int version) {
}
