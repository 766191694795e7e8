package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How figures add up: flows sum, stocks take each enterprise's latest, missing is not zero, leaving, plans. */
class ProgressCalculationTest {

	private static final YearMonth JAN = YearMonth.of(2026, 1);

	private static final YearMonth JUN = YearMonth.of(2026, 6);

	private static final ProgramKpi EXPORTS = kpi("EXPORT_VALUE", Aggregation.FLOW, Reporter.ENTERPRISE, "0", "600");

	private static final ProgramKpi WAREHOUSES = kpi("OVERSEAS_WAREHOUSES", Aggregation.STOCK, Reporter.ENTERPRISE,
			"10", "40");

	private static final ProgramKpi TRAINING = kpi("TRAINING", Aggregation.FLOW, Reporter.ZONE, "0", "60");

	private static ProgramKpi kpi(String code, Aggregation aggregation, Reporter reporter, String base, String target) {
		List<BigDecimal> plan = Programs.straightLine(aggregation, new BigDecimal(base), new BigDecimal(target), 6);
		return new ProgramKpi(code, code, code, "COUNT", aggregation, reporter, new BigDecimal(base),
				new BigDecimal(target), plan, 0);
	}

	private static EnrolmentRow enrolled(long id, String from, String left) {
		return new EnrolmentRow(id, 1, id, from, left, "zone", Instant.EPOCH, 0);
	}

	private static FigureMapper.Point point(String kpi, Long enterprise, String month, String value) {
		return new FigureMapper.Point(kpi, enterprise, month, new BigDecimal(value));
	}

	private static List<FigureMapper.MonthTotal> totals(List<FigureMapper.Point> points) {
		Map<String, BigDecimal> sums = new java.util.TreeMap<>();
		Map<String, Integer> counts = new java.util.TreeMap<>();
		for (FigureMapper.Point point : points) {
			String key = point.kpiCode() + "|" + point.month();
			sums.merge(key, point.value(), BigDecimal::add);
			counts.merge(key, 1, Integer::sum);
		}
		List<FigureMapper.MonthTotal> totals = new ArrayList<>();
		sums.forEach((key, sum) -> totals
			.add(new FigureMapper.MonthTotal(key.split("\\|")[0], key.split("\\|")[1], sum, counts.get(key))));
		return totals;
	}

	@Test
	void straightLinePlansSpreadAFlowAndRaiseAStockToItsTarget() {
		assertThat(Programs.straightLine(Aggregation.FLOW, BigDecimal.ZERO, new BigDecimal("100"), 3))
			.containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
		assertThat(Programs.straightLine(Aggregation.STOCK, new BigDecimal("10"), new BigDecimal("40"), 3))
			.containsExactly(new BigDecimal("20.00"), new BigDecimal("30.00"), new BigDecimal("40.00"));
	}

	@Test
	void flowsSumAndAMonthWithoutReportIsMissingNotZero() {
		List<FigureMapper.Point> flows = List.of(point("EXPORT_VALUE", 1L, "2026-01", "100"),
				point("EXPORT_VALUE", 2L, "2026-01", "50"), point("EXPORT_VALUE", 1L, "2026-03", "70"));
		KpiProgress exports = calculation(YearMonth.of(2026, 3), List.of(enrolled(1, "2026-01", null),
				enrolled(2, "2026-01", null)), totals(flows), List.of()).progress().get(0);

		assertThat(exports.actualToDate()).isEqualByComparingTo("220");
		assertThat(exports.series().get(0).actual()).isEqualByComparingTo("150");
		assertThat(exports.series().get(1).actual()).as("February: nobody reported").isNull();
		assertThat(exports.series().get(1).cumulativeActual()).isEqualByComparingTo("150");
		assertThat(exports.planToDate()).isEqualByComparingTo("300");
		assertThat(exports.ofPlan()).isEqualByComparingTo("73.3");
		assertThat(exports.status()).isEqualTo("BEHIND");
		assertThat(exports.ofTarget()).isEqualByComparingTo("36.7");
	}

	@Test
	void stocksTakeEachEnterprisesLatestValueAndFlagStaleOnes() {
		List<FigureMapper.Point> stocks = List.of(point("OVERSEAS_WAREHOUSES", 1L, "2026-01", "5"),
				point("OVERSEAS_WAREHOUSES", 1L, "2026-02", "7"), point("OVERSEAS_WAREHOUSES", 2L, "2026-01", "30"),
				point("OVERSEAS_WAREHOUSES", 2L, "2026-05", "32"));
		List<EnrolmentRow> enrolments = List.of(enrolled(1, "2026-01", null), enrolled(2, "2026-01", null));

		KpiProgress april = calculation(YearMonth.of(2026, 4), enrolments, List.of(), stocks).progress().get(1);
		assertThat(april.actualToDate()).as("7 (Feb) + 30 (Jan), not a running total").isEqualByComparingTo("37");
		assertThat(april.stale()).as("Jan is three months before April: not yet stale").isZero();
		assertThat(april.planToDate()).as("a stock's plan is a level").isEqualByComparingTo("30");
		assertThat(april.status()).isEqualTo("ON_TRACK");

		KpiProgress june = calculation(JUN, enrolments, List.of(), stocks).progress().get(1);
		assertThat(june.actualToDate()).isEqualByComparingTo("39");
		assertThat(june.stale()).as("enterprise 1's February value is four months old in June").isEqualTo(1);
	}

	@Test
	void anEnterpriseThatLeftKeepsItsPastFlowsAndLeavesTheStocks() {
		List<EnrolmentRow> enrolments = List.of(enrolled(1, "2026-01", "2026-03"), enrolled(2, "2026-01", null));
		List<FigureMapper.Point> flows = List.of(point("EXPORT_VALUE", 1L, "2026-01", "100"),
				point("EXPORT_VALUE", 1L, "2026-02", "100"), point("EXPORT_VALUE", 2L, "2026-03", "40"));
		List<FigureMapper.Point> stocks = List.of(point("OVERSEAS_WAREHOUSES", 1L, "2026-02", "8"),
				point("OVERSEAS_WAREHOUSES", 2L, "2026-02", "20"));
		ProgressCalculation march = calculation(YearMonth.of(2026, 3), enrolments, totals(flows), stocks);

		List<KpiProgress> progress = march.progress();
		assertThat(progress.get(0).actualToDate()).isEqualByComparingTo("240");
		assertThat(progress.get(1).series().get(1).actual()).as("February, both take part").isEqualByComparingTo("28");
		assertThat(progress.get(1).actualToDate()).as("March, enterprise 1 left").isEqualByComparingTo("20");

		KpiContributions contributions = march.contributions(WAREHOUSES, stocks, Map.of());
		assertThat(contributions.contributions()).extracting(Contribution::enterpriseId, Contribution::left)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, false),
					org.assertj.core.groups.Tuple.tuple(1L, true));
		assertThat(contributions.notReported()).extracting(Contribution::enterpriseId)
			.as("only those taking part in March").containsExactly(2L);
	}

	@Test
	void programLevelFiguresAreTheZones() {
		List<FigureMapper.Point> training = List.of(point("TRAINING", null, "2026-01", "12"),
				point("TRAINING", null, "2026-02", "8"));
		KpiProgress progress = calculation(YearMonth.of(2026, 2), List.of(), totals(training), List.of()).progress()
			.get(2);
		assertThat(progress.actualToDate()).isEqualByComparingTo("20");
		assertThat(progress.ofPlan()).isEqualByComparingTo("100.0");
		assertThat(progress.status()).isEqualTo("ON_TRACK");
	}

	@Test
	void theLightHasDocumentedThresholds() {
		List<EnrolmentRow> one = List.of(enrolled(1, "2026-01", null));
		assertThat(status(one, "100")).isEqualTo("ON_TRACK");
		assertThat(status(one, "80")).isEqualTo("AT_RISK");
		assertThat(status(one, "79.99")).isEqualTo("BEHIND");
	}

	@Test
	void aConfirmedMonthSendsEachKpisFigureOfTheMonth() {
		List<FigureMapper.Point> flows = List.of(point("EXPORT_VALUE", 1L, "2026-01", "100"),
				point("EXPORT_VALUE", 2L, "2026-01", "50"));
		List<FigureMapper.Point> stocks = List.of(point("OVERSEAS_WAREHOUSES", 1L, "2026-01", "3"));
		List<ProgressCalculation.KpiMonth> january = calculation(JAN,
				List.of(enrolled(1, "2026-01", null), enrolled(2, "2026-01", null)), totals(flows), stocks)
			.monthOf(JAN);
		assertThat(january).extracting(ProgressCalculation.KpiMonth::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("150"), new BigDecimal("3"), BigDecimal.ZERO);
	}

	private static String status(List<EnrolmentRow> enrolments, String value) {
		return calculation(JAN, enrolments, totals(List.of(point("EXPORT_VALUE", 1L, "2026-01", value))), List.of())
			.progress()
			.get(0)
			.status();
	}

	private static ProgressCalculation calculation(YearMonth asOf, List<EnrolmentRow> enrolments,
			List<FigureMapper.MonthTotal> flows, List<FigureMapper.Point> stocks) {
		return new ProgressCalculation(JAN, JUN, asOf, List.of(EXPORTS, WAREHOUSES, TRAINING), enrolments, flows,
				stocks);
	}


}
