package org.zonehub.program;

import java.time.LocalDate;
import java.util.List;

/**
 * One month of a program as a reporter or the zone sees it: its window, whether it is confirmed, and its figures
 * (an enterprise user: only its own).
 *
 * @param dueDay the last day a report is on time (Asia/Shanghai); the window closes after it
 * @param reopenedUntil for an enterprise user: the day the zone reopened the month for it until
 * @param outliers figures flagged for a look before confirming (zone staff only)
 * @param missing enrolled enterprises without any figure for the month (zone staff only)
 */
public record MonthReport(String month, LocalDate opens, LocalDate dueDay, boolean open, boolean confirmed,
		LocalDate reopenedUntil, List<Figure> figures, List<Outlier> outliers, List<Long> missing) {
}
