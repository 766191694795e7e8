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

	/** A zone across measures, with its cells in the order of {@code measures} ({@code null}: not assigned). */
	public record CompletionZone(String code, String nameZh, String nameEn, String province, int assigned, int completed,
			double rate, int overdue, int missingReports, List<CompletionCell> cells) {
	}

	/** One assignment's state: the colour is {@code status}, with {@code light} for lateness. */
	public record CompletionCell(long assignmentId, MeasureStatus status, Light light, boolean returned, int missingReports,
			LocalDate lastPeriod) {
	}

}
