package org.zonehub.program;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;

/**
 * A program's progress for zone staff (and ministry): each KPI against plan and target up to a month, completeness
 * by month, and per-enterprise contributions. Enterprise users are refused: totals and contributions are made of
 * other enterprises' figures.
 */
@Service
class ProgressReports {

	private final Programs programs;

	private final MonthlyReporting reporting;

	private final Enrolments enrolments;

	private final FigureMapper figures;

	private final Clock clock;

	ProgressReports(Programs programs, MonthlyReporting reporting, Enrolments enrolments, FigureMapper figures, Clock clock) {
		this.programs = programs;
		this.reporting = reporting;
		this.enrolments = enrolments;
		this.figures = figures;
		this.clock = clock;
	}

	ProgramProgress progress(ZoneScope zone, long programId, String asOfText) {
		ProgramRow program = programs.row(zone, programId);
		zone.requireZoneStaff();
		ProgressCalculation calculation = reporting.progressCalculation(zone, program, asOf(program, asOfText));
		return new ProgramProgress(programId, Months.format(calculation.asOf()), calculation.progress(),
				reporting.months(zone, programId));
	}

	KpiContributions contributions(ZoneScope zone, long programId, String code, String asOfText) {
		ProgramRow program = programs.row(zone, programId);
		zone.requireZoneStaff();
		ProgramKpi kpi = programs.kpis(zone, programId)
			.stream()
			.filter(k -> k.kpiCode().equals(code))
			.findFirst()
			.orElseThrow(ApiProblem::notFound);
		ProgressCalculation calculation = reporting.progressCalculation(zone, program, asOf(program, asOfText));
		List<EnrolmentRow> enrolled = enrolments.rows(zone, programId);
		Map<Long, String[]> names = new HashMap<>();
		enrolments.names(zone, enrolled.stream().map(EnrolmentRow::enterpriseId).toList())
			.forEach((id, listed) -> names.put(id, new String[] { listed.creditCode(), listed.nameZh() }));
		return calculation.contributions(kpi,
				figures.points(zone, programId, List.of(code), Months.format(calculation.asOf())), names);
	}

	/** The month asked for, or the last month that has ended (the first, before any has). */
	private YearMonth asOf(ProgramRow program, String text) {
		if (text != null && !text.isBlank()) {
			return MonthlyReporting.programMonth(program, text);
		}
		YearMonth lastEnded = YearMonth.from(ReportingWindow.day(clock.instant())).minusMonths(1);
		return lastEnded.isBefore(program.first()) ? program.first()
				: lastEnded.isAfter(program.last()) ? program.last() : lastEnded;
	}

}
