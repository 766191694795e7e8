package org.zonehub.action;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What zones write about their assignments, as stored: tenant rows, each with its zone. */
final class AssignmentRows {

	private AssignmentRows() {
	}

	/** An assignment with the measure it is for. */
	record AssignmentRow(long id, long zoneId, String zoneCode, long actionId, long measureId, long keyTaskId,
			String measureNumber, String measureTitleZh, String measureTitleEn, LocalDate dueDate,
			String responsibleUnit, String contactPerson, MeasureStatus status, LocalDate lastPeriod,
			Instant lastReportedAt, LocalDate completedOn, boolean returned, Instant createdAt, int version) {
	}

	record ReportRow(long id, long assignmentId, LocalDate period, ReportState state, MeasureStatus measureStatus,
			String progressNote, BigDecimal figure, String unit, LocalDate completedOn, String naReason,
			String draftedBy, Instant draftedAt, String submittedBy, Instant submittedAt, String returnedBy,
			Instant returnedAt, String returnComment, int version) {
	}

	record EvidenceRow(long id, long reportId, String sha256, long sizeBytes, String mediaType, String fileName,
			String uploadedBy, Instant uploadedAt) {
	}

	record HistoryRow(long id, long assignmentId, Long reportId, String step, String actor, Instant at,
			String comment) {
	}

	/** What the completion matrix needs of an assignment, and no more (it reads thousands). */
	record CellRow(long id, long zoneId, long measureId, MeasureStatus status, LocalDate lastPeriod,
			boolean returned) {
	}

	/** A reporting date an assignment has a submitted report for. */
	record Reported(long assignmentId, LocalDate period) {
	}

}
