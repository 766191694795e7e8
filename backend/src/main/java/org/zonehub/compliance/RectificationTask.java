package org.zonehub.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification task: a partly or not-compliant item of an approved assessment, to be fixed by its due date.
 *
 * @param answer the answer that made it a task
 * @param overdue past its due date and still with the enterprise (open or reopened)
 * @param fixNote the enterprise's account of its fix
 * @param zoneComment the zone's comment when it verified or reopened the task
 */
public record RectificationTask(long id, long enterpriseId, String enterpriseName, long assessmentId,
		String itemCode, String titleZh, String titleEn, Answer answer, String owner, LocalDate dueDate,
		TaskStatus status, boolean overdue, String fixNote, String zoneComment, Instant createdAt,
		Instant submittedAt, String verifiedBy, Instant verifiedAt, int version, List<Evidence> evidence) {

	static RectificationTask from(TaskRow row, LocalDate today, List<Evidence> evidence) {
		return new RectificationTask(row.id(), row.enterpriseId(), row.enterpriseName(), row.assessmentId(),
				row.itemCode(), row.titleZh(), row.titleEn(), row.answer(), row.owner(), row.dueDate(), row.status(),
				row.status().withEnterprise() && row.dueDate().isBefore(today), row.fixNote(), row.zoneComment(),
				row.createdAt(), row.submittedAt(), row.verifiedBy(), row.verifiedAt(), row.version(), evidence);
	}

}
