package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.enterprise.EnterpriseDirectory;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Monthly reporting: each enrolled enterprise reports its own KPIs for a month while the month's window is open
 * (or the zone reopened it for the enterprise), the zone reports the program-level KPIs and may correct any figure
 * until it confirms the month. Every submission or correction is a new revision (who, when, before, after,
 * source); the standing figure is the latest revision, whoever made it. A confirmed month is final: it is what
 * the national rollup counts ({@link ProgramMonthConfirmed}).
 */
@Service
class MonthlyReporting {

	/** A figure over this many times the reporter's previous month is flagged before confirming. */
	static final int OUTLIER_FACTOR = 10;

	private final Programs programs;

	private final Enrolments enrolments;

	private final FigureMapper figures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonthlyReporting(Programs programs, Enrolments enrolments, FigureMapper figures, ApplicationEventPublisher events,
			Clock clock) {
		this.programs = programs;
		this.enrolments = enrolments;
		this.figures = figures;
		this.events = events;
		this.clock = clock;
	}

	/** The months of the program with their windows and completeness (an enterprise user: its own reports). */
	List<MonthStatus> months(ZoneScope zone, long programId) {
		ProgramRow program = programs.row(zone, programId);
		Long only = Programs.enterpriseOnly(zone);
		Set<String> confirmed = new HashSet<>(figures.confirmedMonths(zone, programId));
		Map<String, FigureMapper.MonthCount> counts = figures.monthCounts(zone, programId, only)
			.stream()
			.collect(Collectors.toMap(FigureMapper.MonthCount::month, Function.identity()));
		List<EnrolmentRow> enrolled = enrolments.rows(zone, programId);
		boolean zoneReports = programs.kpis(zone, programId).stream().anyMatch(k -> k.reporter() == Reporter.ZONE);
		boolean enterpriseReports = programs.kpis(zone, programId)
			.stream()
			.anyMatch(k -> k.reporter() == Reporter.ENTERPRISE);
		Instant now = clock.instant();
		List<MonthStatus> months = new ArrayList<>();
		for (YearMonth month : Months.between(program.first(), program.last())) {
			String key = Months.format(month);
			ReportingWindow window = program.window(month);
			int expected;
			if (only != null) {
				expected = enrolled.stream().anyMatch(e -> e.enterpriseId() == only && e.takesPartIn(month)) ? 1 : 0;
			}
			else {
				expected = (enterpriseReports ? (int) enrolled.stream().filter(e -> e.takesPartIn(month)).count() : 0)
						+ (zoneReports ? 1 : 0);
			}
			FigureMapper.MonthCount count = counts.get(key);
			String state = confirmed.contains(key) ? "CONFIRMED"
					: window.notYetOpen(now) ? "NOT_OPEN" : window.closed(now) ? "CLOSED" : "OPEN";
			months.add(new MonthStatus(key, window.opens(), window.dueDay(), state, confirmed.contains(key), expected,
					count == null ? 0 : count.received(), count == null ? 0 : count.onTime()));
		}
		return months;
	}

	/** A month's figures: an enterprise user its own; zone staff everyone's, with outliers and who is missing. */
	MonthReport month(ZoneScope zone, long programId, String monthText) {
		ProgramRow program = programs.row(zone, programId);
		YearMonth month = programMonth(program, monthText);
		String key = Months.format(month);
		ReportingWindow window = program.window(month);
		boolean confirmed = figures.confirmedMonths(zone, programId).contains(key);
		Instant now = clock.instant();
		Long only = Programs.enterpriseOnly(zone);
		if (only != null) {
			LocalDate reopened = figures.reopenedUntil(zone, programId, key, only);
			List<Figure> own = shown(zone, figures.forSubject(zone, programId, key, only));
			return new MonthReport(key, window.opens(), window.dueDay(),
					!confirmed && window.takesEnterpriseReport(now, reopened), confirmed, reopened, own, List.of(),
					List.of());
		}
		List<Figure> all = shown(zone, figures.forMonth(zone, programId, key));
		Set<Long> reporters = new HashSet<>(figures.reportersOf(zone, programId, key));
		List<Long> missing = enrolments.rows(zone, programId)
			.stream()
			.filter(e -> e.takesPartIn(month) && !reporters.contains(e.enterpriseId()))
			.map(EnrolmentRow::enterpriseId)
			.toList();
		return new MonthReport(key, window.opens(), window.dueDay(), !confirmed && !window.notYetOpen(now), confirmed,
				null, all, outliers(zone, programId, month), missing);
	}

	List<Outlier> outliers(ZoneScope zone, long programId, YearMonth month) {
		return figures.outliers(zone, programId, Months.format(month), Months.format(month.minusMonths(1)),
				OUTLIER_FACTOR);
	}

	/** Submits or corrects one reporter's figures of one month. */
	@Transactional
	MonthReport report(ZoneScope zone, long programId, String monthText, ReportForm form) {
		ProgramRow program = programs.lock(zone, programId);
		Long enterpriseId = zone.caller().isEnterprise() ? zone.caller().enterpriseId() : form.enterpriseId();
		if (zone.caller().isEnterprise()) {
			if (form.enterpriseId() != null) {
				zone.requireEnterprise(form.enterpriseId());
			}
			zone.requireOwnEnterprise(enterpriseId);
			if (enrolments.row(zone, programId, enterpriseId) == null) {
				throw ApiProblem.notFound();
			}
		}
		else {
			zone.requireZoneAdmin();
		}
		YearMonth month = programMonth(program, monthText);
		FigureSource source = zone.caller().isEnterprise() ? FigureSource.ENTERPRISE : FigureSource.ZONE;
		Map<Long, List<Long>> changed = write(zone, program, month, enterpriseId, form.figures(), source, null);
		if (!changed.isEmpty()) {
			programs.audit(zone, "program-report", programId + "/" + Months.format(month) + "/"
					+ (enterpriseId == null ? "zone" : enterpriseId), "reported", null, form);
		}
		return month(zone, programId, Months.format(month));
	}

	/**
	 * Writes one reporter's figures for a month after the checks every writer shares (the program is active, the
	 * month open to this writer and not confirmed, the reporter enrolled that month, each KPI the program's and
	 * reported by this kind of reporter), each as a new revision; values equal to the standing ones change
	 * nothing. Publishes {@link FiguresReported} and {@link FiguresCorrected}.
	 *
	 * @return the ids of the figures created (key 0) and corrected (key 1)
	 */
	Map<Long, List<Long>> write(ZoneScope zone, ProgramRow program, YearMonth month, Long enterpriseId,
			List<ReportForm.Entry> entries, FigureSource source, Long importId) {
		if (program.status() != ProgramStatus.ACTIVE) {
			throw new ApiProblem(ErrorCode.PROGRAM_NOT_ACTIVE);
		}
		String key = Months.format(month);
		if (figures.confirmedMonths(zone, program.id()).contains(key)) {
			throw new ApiProblem(ErrorCode.PROGRAM_MONTH_CONFIRMED, key);
		}
		ReportingWindow window = program.window(month);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (window.notYetOpen(now)) {
			throw new ApiProblem(ErrorCode.PROGRAM_MONTH_NOT_OPEN, key, window.opens());
		}
		if (enterpriseId != null) {
			EnrolmentRow enrolment = enrolments.row(zone, program.id(), enterpriseId);
			if (enrolment == null || !enrolment.takesPartIn(month)) {
				throw new ApiProblem(ErrorCode.PROGRAM_NOT_ENROLLED, key);
			}
			if (source == FigureSource.ENTERPRISE && !window.takesEnterpriseReport(now,
					figures.reopenedUntil(zone, program.id(), key, enterpriseId))) {
				throw new ApiProblem(ErrorCode.PROGRAM_MONTH_CLOSED, key, window.dueDay());
			}
		}
		Map<String, ProgramKpi> kpis = programs.kpis(zone, program.id())
			.stream()
			.collect(Collectors.toMap(ProgramKpi::kpiCode, Function.identity()));
		Map<String, FigureRow> standing = figures.forSubject(zone, program.id(), key, enterpriseId)
			.stream()
			.collect(Collectors.toMap(FigureRow::kpiCode, Function.identity()));
		Reporter reporter = enterpriseId == null ? Reporter.ZONE : Reporter.ENTERPRISE;
		Set<String> seen = new HashSet<>();
		for (int index = 0; index < entries.size(); index++) {
			ReportForm.Entry entry = entries.get(index);
			String field = "figures[" + index + "]";
			ProgramKpi kpi = kpis.get(entry.kpiCode());
			if (kpi == null) {
				throw ApiProblem.invalid(field + ".kpiCode", ErrorCode.PROGRAM_KPI_NOT_IN_PROGRAM, entry.kpiCode());
			}
			if (kpi.reporter() != reporter) {
				throw ApiProblem.invalid(field + ".kpiCode", ErrorCode.PROGRAM_KPI_WRONG_REPORTER, entry.kpiCode());
			}
			if (!seen.add(entry.kpiCode())) {
				throw ApiProblem.invalid(field + ".kpiCode", ErrorCode.PROGRAM_KPI_DUPLICATE);
			}
			FigureRow current = standing.get(entry.kpiCode());
			if (current != null && source != FigureSource.IMPORT) {
				if (entry.version() == null) {
					throw ApiProblem.invalid(field + ".version", ErrorCode.VERSION_REQUIRED);
				}
				if (entry.version() != current.version()) {
					throw ApiProblem.stale();
				}
			}
		}
		String actor = zone.caller().username();
		boolean late = window.late(now);
		List<Long> created = new ArrayList<>();
		List<Long> corrected = new ArrayList<>();
		for (ReportForm.Entry entry : entries) {
			BigDecimal value = entry.value().setScale(2, java.math.RoundingMode.HALF_UP);
			FigureRow current = standing.get(entry.kpiCode());
			if (current == null) {
				GeneratedId id = new GeneratedId();
				figures.insert(zone, new FigureRow(null, program.id(), entry.kpiCode(), enterpriseId, key, value, source,
						1, actor, now, now, late, 0), id);
				figures.insertRevision(zone, id.getId(),
						new FigureRevision(1, null, value, source, importId, actor, now, late));
				created.add(id.getId());
			}
			else if (current.value().compareTo(value) != 0) {
				if (figures.update(zone, current.id(), value, source, actor, now, current.version()) == 0) {
					throw ApiProblem.stale();
				}
				figures.insertRevision(zone, current.id(), new FigureRevision(current.revision() + 1, current.value(),
						value, source, importId, actor, now, late));
				corrected.add(current.id());
			}
		}
		if (!created.isEmpty()) {
			events.publishEvent(new FiguresReported(zone.zoneId(), program.id(), key, enterpriseId, created, source, importId, now));
		}
		if (!corrected.isEmpty()) {
			events.publishEvent(
					new FiguresCorrected(zone.zoneId(), program.id(), key, enterpriseId, corrected, source, importId, now));
		}
		Map<Long, List<Long>> changes = new HashMap<>();
		if (!created.isEmpty()) {
			changes.put(0L, created);
		}
		if (!corrected.isEmpty()) {
			changes.put(1L, corrected);
		}
		return changes;
	}

	List<FigureRevision> revisions(ZoneScope zone, long programId, long figureId) {
		programs.row(zone, programId);
		FigureRow figure = figures.find(zone, programId, figureId);
		if (figure == null) {
			throw ApiProblem.notFound();
		}
		if (zone.caller().isEnterprise() && (figure.enterpriseId() == null)) {
			throw ApiProblem.notFound();
		}
		if (figure.enterpriseId() != null) {
			zone.requireEnterprise(figure.enterpriseId());
		}
		return figures.revisions(zone, figureId);
	}

	/** Reopens a closed month for one enterprise, for another window's length from today. */
	@Transactional
	MonthReport reopen(ZoneScope zone, long programId, String monthText, ReopenForm form) {
		zone.requireZoneAdmin();
		ProgramRow program = programs.lock(zone, programId);
		YearMonth month = programMonth(program, monthText);
		String key = Months.format(month);
		if (program.status() != ProgramStatus.ACTIVE) {
			throw new ApiProblem(ErrorCode.PROGRAM_NOT_ACTIVE);
		}
		if (figures.confirmedMonths(zone, programId).contains(key)) {
			throw new ApiProblem(ErrorCode.PROGRAM_MONTH_CONFIRMED, key);
		}
		EnrolmentRow enrolment = enrolments.row(zone, programId, form.enterpriseId());
		if (enrolment == null || !enrolment.takesPartIn(month)) {
			throw ApiProblem.invalid("enterpriseId", ErrorCode.PROGRAM_ENTERPRISE_NOT_ENROLLED, key);
		}
		LocalDate until = ReportingWindow.day(clock.instant()).plusDays(program.windowDays() - 1L);
		figures.reopen(zone, programId, key, form.enterpriseId(), until, zone.caller().username(),
				clock.instant().truncatedTo(ChronoUnit.MILLIS));
		programs.audit(zone, "program-month", programId + "/" + key, "reopened", null,
				Map.of("enterpriseId", form.enterpriseId(), "until", until.toString()));
		return month(zone, programId, key);
	}

	/**
	 * Confirms a month: from now on its figures are final and count nationally. A month with outliers is confirmed
	 * only when the zone says it looked at them ({@code acknowledgeOutliers}).
	 */
	@Transactional
	MonthReport confirm(ZoneScope zone, long programId, String monthText, ConfirmForm form) {
		zone.requireZoneAdmin();
		ProgramRow program = programs.lock(zone, programId);
		YearMonth month = programMonth(program, monthText);
		String key = Months.format(month);
		if (program.status() == ProgramStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.PROGRAM_NOT_ACTIVE);
		}
		if (program.window(month).notYetOpen(clock.instant())) {
			throw new ApiProblem(ErrorCode.PROGRAM_MONTH_NOT_OPEN, key, program.window(month).opens());
		}
		List<Outlier> outliers = outliers(zone, programId, month);
		if (!outliers.isEmpty() && !Boolean.TRUE.equals(form.acknowledgeOutliers())) {
			throw new ApiProblem(ErrorCode.PROGRAM_MONTH_OUTLIERS, outliers.size());
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		try {
			figures.confirm(zone, programId, key, outliers.size(), zone.caller().username(), now);
		}
		catch (DuplicateKeyException already) {
			throw new ApiProblem(ErrorCode.PROGRAM_MONTH_CONFIRMED, key);
		}
		List<ProgramMonthConfirmed.KpiTotal> totals = new ArrayList<>();
		for (ProgressCalculation.KpiMonth kpiMonth : progressOfMonth(zone, program, month)) {
			totals.add(new ProgramMonthConfirmed.KpiTotal(kpiMonth.kpiCode(), kpiMonth.aggregation(), kpiMonth.value(),
					kpiMonth.reports()));
		}
		events.publishEvent(new ProgramMonthConfirmed(zone.zoneId(), zone.zoneCode(), programId, key, totals, now));
		programs.audit(zone, "program-month", programId + "/" + key, "confirmed", null,
				Map.of("outliers", outliers.size(), "totals", totals));
		return month(zone, programId, key);
	}

	/** Each KPI's figure of one month as the progress adds it up (a flow's sum, a stock's level). */
	private List<ProgressCalculation.KpiMonth> progressOfMonth(ZoneScope zone, ProgramRow program, YearMonth month) {
		return progressCalculation(zone, program, month).monthOf(month);
	}

	ProgressCalculation progressCalculation(ZoneScope zone, ProgramRow program, YearMonth asOf) {
		List<ProgramKpi> kpis = programs.kpis(zone, program.id());
		String upTo = Months.format(asOf);
		List<String> flows = kpis.stream().filter(k -> k.aggregation() == Aggregation.FLOW).map(ProgramKpi::kpiCode).toList();
		List<String> stocks = kpis.stream().filter(k -> k.aggregation() == Aggregation.STOCK).map(ProgramKpi::kpiCode).toList();
		ProgressCalculation calculation = new ProgressCalculation(program.first(), program.last(), asOf, kpis,
				enrolments.rows(zone, program.id()),
				flows.isEmpty() ? List.of() : figures.monthTotals(zone, program.id(), flows, upTo), List.of());
		if (!stocks.isEmpty()) {
			figures.streamPoints(zone, program.id(), stocks, upTo, point -> calculation.add(point.getResultObject()));
		}
		return calculation;
	}

	private List<Figure> shown(ZoneScope zone, List<FigureRow> rows) {
		Map<Long, EnterpriseDirectory.Listed> names = enterprisesOf(zone, rows);
		return rows.stream()
			.map(row -> row.shown(row.enterpriseId() == null ? null
					: names.containsKey(row.enterpriseId()) ? names.get(row.enterpriseId()).nameZh() : null))
			.toList();
	}

	private Map<Long, EnterpriseDirectory.Listed> enterprisesOf(ZoneScope zone, List<FigureRow> rows) {
		return enrolments.names(zone, rows.stream().map(FigureRow::enterpriseId).filter(id -> id != null).toList());
	}

	static YearMonth programMonth(ProgramRow program, String text) {
		YearMonth month = Months.parse(text, "month");
		if (!program.covers(month)) {
			throw ApiProblem.invalid("month", ErrorCode.PROGRAM_MONTH_OUTSIDE, program.startMonth(), program.endMonth());
		}
		return month;
	}

}
