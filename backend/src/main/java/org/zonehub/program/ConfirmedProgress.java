package org.zonehub.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * What the national rollup reads of a zone's programs, and the rule of KPI attainment, kept here beside the progress
 * rules it follows ({@link ProgressCalculation}): a KPI's attainment is min(actual ÷ plan to date, 100 %) over the
 * program's confirmed months only — a flow's confirmed months added up against the plan of the same months, a
 * stock's level at the latest confirmed month against that month's planned level; a plan of 0 is met. A program's
 * attainment is the mean over its KPIs; {@code null} before its first confirmed month (no data is not 0).
 */
@Service
public class ConfirmedProgress {

	private static final int SCALE = 4;

	/** A program that takes (or took) figures, with its KPIs' plans as they stand now. */
	public record ProgramPlan(long programId, ProgramStatus status, String startMonth, List<KpiPlan> kpis) {
	}

	/** @param plan one value per month of the program, from its start month */
	public record KpiPlan(String kpiCode, Aggregation aggregation, List<BigDecimal> plan) {
	}

	/** A KPI's figure of a confirmed month, as {@link ProgramMonthConfirmed} carries it. */
	public record ConfirmedTotal(long programId, String month, String kpiCode, BigDecimal value) {
	}

	private final Programs programs;

	private final MonthlyReporting reporting;

	private final ProgramMapper programRows;

	private final FigureMapper figures;

	ConfirmedProgress(Programs programs, MonthlyReporting reporting, ProgramMapper programRows, FigureMapper figures) {
		this.programs = programs;
		this.reporting = reporting;
		this.programRows = programRows;
		this.figures = figures;
	}

	/** The zone's active and closed programs with their plans (a handful of rows: read at every program event). */
	public List<ProgramPlan> plans(ZoneScope zone) {
		List<ProgramPlan> plans = new ArrayList<>();
		for (ProgramRow row : programRows.launched(zone)) {
			plans.add(new ProgramPlan(row.id(), row.status(), row.startMonth(), programs.kpis(zone, row.id())
				.stream()
				.map(kpi -> new KpiPlan(kpi.kpiCode(), kpi.aggregation(), kpi.plan()))
				.toList()));
		}
		return plans;
	}

	/**
	 * Every confirmed month's KPI figures of the zone's programs, worked out from the figures as a confirmation does
	 * (for a rebuild: one progress calculation per program, up to its latest confirmed month).
	 */
	public List<ConfirmedTotal> confirmedTotals(ZoneScope zone) {
		List<ConfirmedTotal> totals = new ArrayList<>();
		for (ProgramRow row : programRows.launched(zone)) {
			List<YearMonth> confirmed = figures.confirmedMonths(zone, row.id()).stream().map(YearMonth::parse).toList();
			if (confirmed.isEmpty()) {
				continue;
			}
			ProgressCalculation calculation = reporting.progressCalculation(zone, row,
					confirmed.get(confirmed.size() - 1));
			List<KpiProgress> progress = calculation.progress();
			for (YearMonth month : confirmed) {
				for (ProgressCalculation.KpiMonth kpi : calculation.monthOf(progress, month)) {
					totals.add(new ConfirmedTotal(row.id(), Months.format(month), kpi.kpiCode(), kpi.value()));
				}
			}
		}
		return totals;
	}

	/**
	 * The program's attainment between 0 and 1 (four places) from its confirmed months' figures; {@code null} when
	 * no month is confirmed. A KPI a confirmed month has no figure of counts 0 for that month.
	 */
	public static BigDecimal attainment(ProgramPlan program, List<ConfirmedTotal> confirmed) {
		TreeSet<String> months = new TreeSet<>();
		Map<String, BigDecimal> values = new HashMap<>();
		for (ConfirmedTotal total : confirmed) {
			if (total.programId() == program.programId()) {
				months.add(total.month());
				values.put(total.kpiCode() + "/" + total.month(), total.value());
			}
		}
		if (months.isEmpty() || program.kpis().isEmpty()) {
			return null;
		}
		YearMonth first = YearMonth.parse(program.startMonth());
		BigDecimal sum = BigDecimal.ZERO;
		for (KpiPlan kpi : program.kpis()) {
			BigDecimal actual = BigDecimal.ZERO;
			BigDecimal plan = BigDecimal.ZERO;
			if (kpi.aggregation() == Aggregation.FLOW) {
				for (String month : months) {
					actual = actual.add(values.getOrDefault(kpi.kpiCode() + "/" + month, BigDecimal.ZERO));
					plan = plan.add(planOf(kpi, first, month));
				}
			}
			else {
				String latest = months.last();
				actual = values.getOrDefault(kpi.kpiCode() + "/" + latest, BigDecimal.ZERO);
				plan = planOf(kpi, first, latest);
			}
			sum = sum.add(plan.signum() <= 0 || actual.compareTo(plan) >= 0 ? BigDecimal.ONE
					: actual.max(BigDecimal.ZERO).divide(plan, 8, RoundingMode.HALF_UP));
		}
		return sum.divide(BigDecimal.valueOf(program.kpis().size()), SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal planOf(KpiPlan kpi, YearMonth first, String month) {
		int index = Months.index(first, YearMonth.parse(month));
		return index >= 0 && index < kpi.plan().size() ? kpi.plan().get(index) : BigDecimal.ZERO;
	}

}
