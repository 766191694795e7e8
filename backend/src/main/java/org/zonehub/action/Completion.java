package org.zonehub.action;

import java.time.LocalDate;
import java.util.List;

/** Ministry's completion view of one action: zones × measures, with rates and lateness both ways. */
public record Completion(long actionId, String nameZh, String nameEn, ActionStatus status, LocalDate today,
		List<CompletionKeyTask> keyTasks, List<String> provinces, List<CompletionMeasure> measures, List<CompletionZone> zones,
		int assigned, int completed, int overdue, int amber, int missingReports, int returned) {

	public record CompletionKeyTask(long id, String titleZh, String titleEn) {
	}

	/** A measure across zones: {@code rate} = completed ÷ assigned (0 when nothing is assigned). */
	public record CompletionMeasure(long id, long keyTaskId, String number, String titleZh, String titleEn,
			String leadDepartment, LocalDate dueDate, int assigned, int completed, double rate, int overdue) {
	}

	/**
	 * A zone across measures, its cells in the order of {@code measures}, one character (or entry) per measure so
	 * that 200 zones × 50 measures stay a few hundred objects rather than 10,000: {@code statuses} N not started,
	 * P in progress, D done, X not applicable, {@code -} not assigned; {@code lights} R overdue, A due within 3 days,
	 * {@code -} neither; {@code returned} 1 where the latest report was returned; {@code assignmentIds} 0 where not
	 * assigned; {@code missing} reports missing per measure.
	 */
	public record CompletionZone(String code, String nameZh, String nameEn, String province, int assigned, int completed,
			double rate, int overdue, int missingReports, String statuses, String lights, String returned,
			long[] assignmentIds, int[] missing) {
	}

}
