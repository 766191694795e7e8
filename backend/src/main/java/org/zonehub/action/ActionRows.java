package org.zonehub.action;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of an action's definition as stored (JSON columns as their text). */
final class ActionRows {

	private ActionRows() {
	}

	/** @param ownerCode the owner zone's code, {@code null} for ministry */
	record ActionRow(long id, Long ownerZoneId, String ownerCode, String nameZh, String nameEn, int year,
			String leadDepartment, String partnerDepartments, String documentNo, LocalDate windowStart,
			LocalDate windowEnd, String reportingDates, boolean allZones, ActionStatus status, Long sourceActionId,
			String createdBy, Instant createdAt, String launchedBy, Instant launchedAt, String closedBy,
			Instant closedAt, int version) {
	}

	record KeyTaskRow(long id, long actionId, int sortOrder, String titleZh, String titleEn) {
	}

	record MeasureRow(long id, long actionId, long keyTaskId, int sortOrder, String number, String titleZh,
			String titleEn, String descriptionZh, String descriptionEn, String leadDepartment,
			String partnerDepartments, String expectedResult, LocalDate dueDate, boolean allZones, boolean mature,
			Long sourceMeasureId) {
	}

	/** A zone as the actions need it: key, code, names, province, status. */
	record ZoneRef(long id, String code, String nameZh, String nameEn, String province, String status) {
	}

	record MeasureZone(long measureId, String code) {
	}

}
