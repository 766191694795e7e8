package org.zonehub.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a month takes reports, on the zones' calendar (Asia/Shanghai): it opens the day after it ends and takes
 * reports for {@code windowDays} days; the last of them is the due day, the window closes at its end. Later, an
 * enterprise's report needs the zone to reopen the month for it (until a day the zone gives), and is late.
 * Zone staff write outside the window (corrections, imports, program-level figures); theirs are late after the
 * due day too.
 */
record ReportingWindow(YearMonth month, int windowDays) {

	LocalDate opens() {
		return month.plusMonths(1).atDay(1);
	}

	/** The last day a report is on time. */
	LocalDate dueDay() {
		return opens().plusDays(windowDays - 1L);
	}

	boolean notYetOpen(Instant at) {
		return day(at).isBefore(opens());
	}

	boolean closed(Instant at) {
		return day(at).isAfter(dueDay());
	}

	/** An enterprise may report: the window is open, or the zone reopened the month for it until a day not past. */
	boolean takesEnterpriseReport(Instant at, LocalDate reopenedUntil) {
		if (notYetOpen(at)) {
			return false;
		}
		return !closed(at) || (reopenedUntil != null && !day(at).isAfter(reopenedUntil));
	}

	boolean late(Instant at) {
		return closed(at);
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, Months.CHINA);
	}

}
