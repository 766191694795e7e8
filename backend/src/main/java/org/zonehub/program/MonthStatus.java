package org.zonehub.program;

import java.time.LocalDate;

/**
 * A month of a program in the monthly grid. Completeness and timeliness count reports (one reporter's figures of
 * one month): {@code expected} the enterprises taking part that month (plus the zone when the program has
 * program-level KPIs), {@code received} those with at least one figure, {@code onTime} those first reported by
 * the due day. For an enterprise user the counts are its own (0 or 1).
 */
public record MonthStatus(String month, LocalDate opens, LocalDate dueDay, String state, boolean confirmed,
		int expected, int received, int onTime) {
}
