package org.zonehub.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A special action with its key tasks and measures, as its owner and ministry see it.
 *
 * @param owner {@code null} for a national action (ministry's); else the code of the zone that runs it
 * @param reportingDates the dates reports are due on (monthly ones already worked out)
 * @param monthly whether those are the monthly default
 * @param zones the zones of a listed scope; empty when {@code allZones}
 */
public record Action(long id, String owner, String nameZh, String nameEn, int year, String leadDepartment,
		List<String> partnerDepartments, String documentNo, LocalDate windowStart, LocalDate windowEnd,
		List<LocalDate> reportingDates, boolean monthly, boolean allZones, List<String> zones, ActionStatus status,
		Long sourceActionId, String createdBy, Instant createdAt, Instant launchedAt, Instant closedAt,
		List<ActionKeyTask> keyTasks, int version) {

	public record ActionKeyTask(long id, String titleZh, String titleEn, List<ActionMeasure> measures) {
	}

	/** @param zones the zones it applies to, when not all of the action's */
	public record ActionMeasure(long id, long keyTaskId, String number, String titleZh, String titleEn,
			String descriptionZh, String descriptionEn, String leadDepartment, List<String> partnerDepartments,
			String expectedResult, LocalDate dueDate, boolean allZones, List<String> zones, boolean mature,
			Long sourceMeasureId) {
	}

	List<ActionMeasure> measures() {
		return keyTasks.stream().flatMap(task -> task.measures().stream()).toList();
	}

}
