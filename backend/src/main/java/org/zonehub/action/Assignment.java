package org.zonehub.action;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.action.AssignmentRows.EvidenceRow;
import org.zonehub.action.AssignmentRows.HistoryRow;
import org.zonehub.action.AssignmentRows.ReportRow;

/**
 * A zone's assignment of one measure, with its supervision state as of today (Asia/Shanghai).
 *
 * @param status the latest submitted report's status ({@code NOT_STARTED} before any)
 * @param returned ministry returned the latest report and waits for a new one
 * @param missingReports reporting dates passed without a report
 * @param reportDueSoon the next reporting date, when within 3 days and not reported yet
 */
public record Assignment(long id, String zone, long actionId, long measureId, long keyTaskId, String measureNumber,
		String measureTitleZh, String measureTitleEn, LocalDate dueDate, String responsibleUnit,
		String contactPerson, MeasureStatus status, LocalDate lastPeriod, Instant lastReportedAt,
		LocalDate completedOn, boolean returned, Light light, List<LocalDate> missingReports,
		LocalDate reportDueSoon, int version) {

	static Assignment of(AssignmentRow row, List<LocalDate> reportingDates, Set<LocalDate> reported,
			LocalDate today) {
		return new Assignment(row.id(), row.zoneCode(), row.actionId(), row.measureId(), row.keyTaskId(),
				row.measureNumber(), row.measureTitleZh(), row.measureTitleEn(), row.dueDate(), row.responsibleUnit(),
				row.contactPerson(), row.status(), row.lastPeriod(), row.lastReportedAt(), row.completedOn(),
				row.returned(), Supervision.light(row.dueDate(), row.status(), today),
				Supervision.missingReports(reportingDates, reported, row.status(), today),
				Supervision.reportDueSoon(reportingDates, reported, row.status(), today), row.version());
	}

	/** An assignment with everything reported on it: the draft, the submitted reports (frozen) and every step. */
	public record AssignmentDetail(Assignment assignment, String actionNameZh, String actionNameEn, ActionStatus actionStatus,
			List<LocalDate> reportingDates, ActionReport draft, List<ActionReport> reports, List<AssignmentStep> history) {
	}

	/** A report as it was submitted (or the draft as it stands). */
	public record ActionReport(long id, LocalDate period, ReportState state, MeasureStatus status, String progressNote,
			BigDecimal figure, String unit, LocalDate completedOn, String naReason, String draftedBy,
			Instant draftedAt, String submittedBy, Instant submittedAt, String returnedBy, Instant returnedAt,
			String returnComment, List<ActionEvidenceFile> evidence, int version) {

		static ActionReport of(ReportRow row, List<ActionEvidenceFile> evidence) {
			return new ActionReport(row.id(), row.period(), row.state(), row.measureStatus(), row.progressNote(),
					row.figure(), row.unit(), row.completedOn(), row.naReason(), row.draftedBy(), row.draftedAt(),
					row.submittedBy(), row.submittedAt(), row.returnedBy(), row.returnedAt(), row.returnComment(),
					evidence, row.version());
		}

	}

	public record ActionEvidenceFile(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
			Instant uploadedAt) {

		static ActionEvidenceFile of(EvidenceRow row) {
			return new ActionEvidenceFile(row.id(), row.fileName(), row.mediaType(), row.sizeBytes(), row.uploadedBy(),
					row.uploadedAt());
		}

	}

	/** @param step assigned, drafted, submitted, returned, flagged-amber, flagged-red, report-missing */
	public record AssignmentStep(String step, String actor, Instant at, String comment, Long reportId) {

		static AssignmentStep of(HistoryRow row) {
			return new AssignmentStep(row.step(), row.actor(), row.at(), row.comment(), row.reportId());
		}

	}

}
