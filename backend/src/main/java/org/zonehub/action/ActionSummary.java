package org.zonehub.action;

import java.time.LocalDate;

/**
 * An action in a list: for ministry across zones, for a zone its own assignments only.
 *
 * @param owner {@code null} for a national action
 * @param assigned assignments (in the zone, or everywhere for ministry); {@code completed} done or not applicable
 * @param late measures past due or within 3 days and not complete; {@code missingReports} reporting dates passed
 * without a report
 */
public record ActionSummary(long id, String owner, String nameZh, String nameEn, int year, String documentNo,
		LocalDate windowStart, LocalDate windowEnd, ActionStatus status, int measures, int assigned, int completed,
		int overdue, int amber, int missingReports, int returned) {
}
