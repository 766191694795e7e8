package org.zonehub.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Supervision (督办) rules, in one place and on dates of the zones' calendar (Asia/Shanghai), computed on read so
 * they are right from the first second of a day, not from whenever a job last ran.
 * <ul>
 * <li>a measure not complete (done, or not applicable) is <b>amber</b> from 3 days before its due date to the due
 * date itself, <b>red</b> the day after;</li>
 * <li>a <b>report is missing</b> for a reporting date once that date has passed (the day after) without a
 * submitted report for it, while the measure is not complete. A measure completed earlier needs no more reports.</li>
 * </ul>
 */
final class Supervision {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int AMBER_DAYS = 3;

	private Supervision() {
	}

	static Light light(LocalDate dueDate, MeasureStatus status, LocalDate today) {
		if (status.completes()) {
			return Light.NONE;
		}
		if (today.isAfter(dueDate)) {
			return Light.RED;
		}
		return today.plusDays(AMBER_DAYS).isBefore(dueDate) ? Light.NONE : Light.AMBER;
	}

	/**
	 * The reporting dates of a window: the listed ones, or monthly — the last day of each month the window touches,
	 * cut to the window, so the window's end is always one.
	 */
	static List<LocalDate> reportingDates(LocalDate windowStart, LocalDate windowEnd, List<LocalDate> listed) {
		if (listed != null && !listed.isEmpty()) {
			return List.copyOf(new TreeSet<>(listed));
		}
		List<LocalDate> dates = new ArrayList<>();
		for (YearMonth month = YearMonth.from(windowStart); !month.isAfter(YearMonth.from(windowEnd)); month = month
			.plusMonths(1)) {
			LocalDate end = month.atEndOfMonth();
			dates.add(end.isAfter(windowEnd) ? windowEnd : end);
		}
		return dates;
	}

	/** Reporting dates that have passed without a report, for a measure not complete. */
	static List<LocalDate> missingReports(List<LocalDate> reportingDates, Set<LocalDate> reported,
			MeasureStatus status, LocalDate today) {
		if (status.completes()) {
			return List.of();
		}
		return reportingDates.stream().filter(date -> date.isBefore(today) && !reported.contains(date)).toList();
	}

	/** The next reporting date from today on without a report, if it is within 3 days. */
	static LocalDate reportDueSoon(List<LocalDate> reportingDates, Set<LocalDate> reported, MeasureStatus status,
			LocalDate today) {
		if (status.completes()) {
			return null;
		}
		for (LocalDate date : reportingDates) {
			if (!date.isBefore(today)) {
				return !reported.contains(date) && !today.plusDays(AMBER_DAYS).isBefore(date) ? date : null;
			}
		}
		return null;
	}

}
