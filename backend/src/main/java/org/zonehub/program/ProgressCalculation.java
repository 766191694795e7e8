package org.zonehub.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How figures add up (no database here, so tests can walk the rules):
 * <ul>
 * <li>a flow sums every figure; an enterprise that left keeps its past figures in the sum;</li>
 * <li>a stock sums, over the enterprises taking part in the month, each one's latest value up to the month (an
 * enterprise that left drops out at leaving); a latest value more than {@value #STALE_AFTER_MONTHS} months old
 * still counts and is flagged stale; a program-level stock is the zone's latest value;</li>
 * <li>a month with no figure is missing ({@code null}), never zero;</li>
 * <li>the plan to date is a flow's planned months added up and a stock's planned level for the month;</li>
 * <li>the light: on track at ≥ 100 % of plan to date, at risk at ≥ 80 %, behind below.</li>
 * </ul>
 */
final class ProgressCalculation {

	static final int STALE_AFTER_MONTHS = 3;

	static final BigDecimal ON_TRACK = BigDecimal.valueOf(100);

	static final BigDecimal AT_RISK = BigDecimal.valueOf(80);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A KPI's figure of one month: a flow's sum, a stock's level. */
	record KpiMonth(String kpiCode, Aggregation aggregation, BigDecimal value, int reports) {
	}

	private final YearMonth first;

	private final YearMonth asOf;

	private final List<ProgramKpi> kpis;

	private final List<EnrolmentRow> enrolments;

	private final Map<Long, EnrolmentRow> enrolmentOf = new HashMap<>();

	/** flows: kpi → month index → [sum, reports] */
	private final Map<String, BigDecimal[]> flowSums = new HashMap<>();

	private final Map<String, int[]> flowReports = new HashMap<>();

	/** stocks: kpi → reporter (0 for the zone) → value by month index ({@code null} where none) */
	private final Map<String, Map<Long, BigDecimal[]>> stockValues = new HashMap<>();

	private final int monthsToDate;

	ProgressCalculation(YearMonth first, YearMonth last, YearMonth asOf, List<ProgramKpi> kpis,
			List<EnrolmentRow> enrolments, List<FigureMapper.MonthTotal> flowTotals, List<FigureMapper.Point> points) {
		this.first = first;
		this.asOf = asOf.isBefore(first) ? first : asOf.isAfter(last) ? last : asOf;
		this.kpis = kpis;
		this.enrolments = enrolments;
		this.monthsToDate = Months.index(first, this.asOf) + 1;
		enrolments.forEach(enrolment -> enrolmentOf.put(enrolment.enterpriseId(), enrolment));
		for (FigureMapper.MonthTotal total : flowTotals) {
			int index = Months.index(first, YearMonth.parse(total.month()));
			if (index < 0 || index >= monthsToDate) {
				continue;
			}
			flowSums.computeIfAbsent(total.kpiCode(), k -> new BigDecimal[monthsToDate])[index] = total.total();
			flowReports.computeIfAbsent(total.kpiCode(), k -> new int[monthsToDate])[index] = total.reports();
		}
		points.forEach(this::add);
	}

	/** A stock's figure, added as it streams from the database. */
	void add(FigureMapper.Point point) {
		int index = Months.index(first, YearMonth.parse(point.month()));
		if (index < 0 || index >= monthsToDate) {
			return;
		}
		long subject = point.enterpriseId() == null ? 0L : point.enterpriseId();
		stockValues.computeIfAbsent(point.kpiCode(), k -> new HashMap<>())
			.computeIfAbsent(subject, s -> new BigDecimal[monthsToDate])[index] = point.value();
	}

	YearMonth asOf() {
		return asOf;
	}

	List<KpiProgress> progress() {
		List<KpiProgress> progress = new ArrayList<>();
		for (ProgramKpi kpi : kpis) {
			progress.add(kpi.aggregation() == Aggregation.FLOW ? flow(kpi) : stock(kpi));
		}
		return progress;
	}

	/** Each KPI's figure of one month (what a confirmed month sends to the national rollup). */
	List<KpiMonth> monthOf(YearMonth month) {
		return monthOf(progress(), month);
	}

	/** As {@link #monthOf(YearMonth)}, from progress already worked out (several months, one calculation). */
	List<KpiMonth> monthOf(List<KpiProgress> progress, YearMonth month) {
		int index = Months.index(first, month);
		List<KpiMonth> months = new ArrayList<>();
		for (KpiProgress kpi : progress) {
			KpiProgress.Point point = kpi.series().get(index);
			months.add(new KpiMonth(kpi.kpiCode(), kpi.aggregation(),
					point.actual() == null ? BigDecimal.ZERO.setScale(2) : point.actual(), point.reports()));
		}
		return months;
	}

	private KpiProgress flow(ProgramKpi kpi) {
		BigDecimal[] sums = flowSums.getOrDefault(kpi.kpiCode(), new BigDecimal[monthsToDate]);
		int[] reports = flowReports.getOrDefault(kpi.kpiCode(), new int[monthsToDate]);
		List<KpiProgress.Point> series = new ArrayList<>();
		BigDecimal cumulative = null;
		BigDecimal planned = BigDecimal.ZERO;
		for (int index = 0; index < monthsToDate; index++) {
			BigDecimal actual = sums[index];
			if (actual != null) {
				cumulative = cumulative == null ? actual : cumulative.add(actual);
			}
			planned = planned.add(kpi.plan().get(index));
			series.add(new KpiProgress.Point(Months.format(first.plusMonths(index)), actual, kpi.plan().get(index),
					cumulative, planned, reports[index]));
		}
		BigDecimal growth = null;
		if (monthsToDate >= 12 && kpi.baseValue().signum() > 0) {
			BigDecimal lastYear = BigDecimal.ZERO;
			for (int index = monthsToDate - 12; index < monthsToDate; index++) {
				lastYear = sums[index] == null ? lastYear : lastYear.add(sums[index]);
			}
			growth = percent(lastYear.subtract(kpi.baseValue()), kpi.baseValue());
		}
		return summary(kpi, cumulative, planned, growth, 0, series);
	}

	private KpiProgress stock(ProgramKpi kpi) {
		Map<Long, BigDecimal[]> values = stockValues.getOrDefault(kpi.kpiCode(), Map.of());
		List<KpiProgress.Point> series = new ArrayList<>();
		int stale = 0;
		BigDecimal level = null;
		for (int index = 0; index < monthsToDate; index++) {
			YearMonth month = first.plusMonths(index);
			level = null;
			int reports = 0;
			int staleNow = 0;
			for (Map.Entry<Long, BigDecimal[]> subject : values.entrySet()) {
				if (!takesPart(kpi, subject.getKey(), month)) {
					continue;
				}
				int latest = latestIndex(subject.getValue(), index);
				if (latest < 0) {
					continue;
				}
				if (latest == index) {
					reports++;
				}
				if (index - latest > STALE_AFTER_MONTHS) {
					staleNow++;
				}
				level = level == null ? subject.getValue()[latest] : level.add(subject.getValue()[latest]);
			}
			stale = staleNow;
			BigDecimal plan = kpi.plan().get(index);
			series.add(new KpiProgress.Point(Months.format(month), level, plan,
					level, plan, reports));
		}
		BigDecimal growth = kpi.baseValue().signum() > 0 && level != null
				? percent(level.subtract(kpi.baseValue()), kpi.baseValue()) : null;
		return summary(kpi, level, kpi.plan().get(monthsToDate - 1), growth, stale, series);
	}

	private boolean takesPart(ProgramKpi kpi, long subject, YearMonth month) {
		if (kpi.reporter() == Reporter.ZONE) {
			return subject == 0;
		}
		EnrolmentRow enrolment = enrolmentOf.get(subject);
		return enrolment != null && enrolment.takesPartIn(month);
	}

	private static int latestIndex(BigDecimal[] values, int upTo) {
		for (int index = upTo; index >= 0; index--) {
			if (values[index] != null) {
				return index;
			}
		}
		return -1;
	}

	private KpiProgress summary(ProgramKpi kpi, BigDecimal actual, BigDecimal plan, BigDecimal growth, int stale,
			List<KpiProgress.Point> series) {
		BigDecimal counted = actual == null ? BigDecimal.ZERO : actual;
		BigDecimal ofPlan = plan.signum() == 0 ? null : percent(counted, plan);
		// the light compares exactly, not the rounded percentage: 79.99 % is behind, though it shows as 80.0
		BigDecimal scaled = counted.multiply(HUNDRED);
		String status = plan.signum() == 0 || scaled.compareTo(plan.multiply(ON_TRACK)) >= 0 ? "ON_TRACK"
				: scaled.compareTo(plan.multiply(AT_RISK)) >= 0 ? "AT_RISK" : "BEHIND";
		return new KpiProgress(kpi.kpiCode(), kpi.nameZh(), kpi.nameEn(), kpi.unit(), kpi.aggregation(),
				kpi.reporter(), kpi.baseValue(), kpi.targetValue(), actual, plan, ofPlan,
				kpi.targetValue().signum() == 0 ? null : percent(counted, kpi.targetValue()), growth, status, stale,
				series);
	}

	/**
	 * Per-enterprise contributions to one KPI (from that KPI's points), largest first, and who has not reported it
	 * for {@code asOf}.
	 */
	KpiContributions contributions(ProgramKpi kpi, List<FigureMapper.Point> points,
			Map<Long, String[]> enterprises) {
		int index = monthsToDate - 1;
		Map<Long, BigDecimal[]> bySubject = new HashMap<>();
		for (FigureMapper.Point point : points) {
			if (point.enterpriseId() == null) {
				continue;
			}
			int at = Months.index(first, YearMonth.parse(point.month()));
			if (at >= 0 && at <= index) {
				bySubject.computeIfAbsent(point.enterpriseId(), s -> new BigDecimal[monthsToDate])[at] = point.value();
			}
		}
		List<Contribution> contributions = new ArrayList<>();
		List<Contribution> notReported = new ArrayList<>();
		for (EnrolmentRow enrolment : enrolments) {
			long id = enrolment.enterpriseId();
			String[] names = enterprises.getOrDefault(id, new String[2]);
			BigDecimal[] values = bySubject.get(id);
			boolean takesPart = enrolment.takesPartIn(asOf);
			boolean left = enrolment.leftMonth() != null && !asOf.isBefore(YearMonth.parse(enrolment.leftMonth()));
			int latest = values == null ? -1 : latestIndex(values, index);
			boolean reported = latest == index;
			if (takesPart && !reported) {
				notReported.add(new Contribution(id, names[0], names[1], null,
						latest < 0 ? null : Months.format(first.plusMonths(latest)), false, false, false));
			}
			if (latest < 0) {
				continue;
			}
			BigDecimal value;
			if (kpi.aggregation() == Aggregation.FLOW) {
				value = BigDecimal.ZERO;
				for (BigDecimal month : values) {
					value = month == null ? value : value.add(month);
				}
			}
			else {
				value = takesPart ? values[latest] : null;
			}
			contributions.add(new Contribution(id, names[0], names[1], value, Months.format(first.plusMonths(latest)),
					kpi.aggregation() == Aggregation.STOCK && takesPart && index - latest > STALE_AFTER_MONTHS, left,
					reported));
		}
		contributions.sort(Comparator.comparing(Contribution::value, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Contribution::enterpriseId));
		return new KpiContributions(kpi.kpiCode(), Months.format(asOf), contributions, notReported);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

}
