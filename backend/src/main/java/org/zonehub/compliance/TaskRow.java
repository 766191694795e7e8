package org.zonehub.compliance;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification task as stored, with its enterprise's name. */
record TaskRow(long id, long enterpriseId, String enterpriseName, long assessmentId, String itemCode,
		String titleZh, String titleEn, Answer answer, String owner, LocalDate dueDate, TaskStatus status,
		String fixNote, String zoneComment, Instant createdAt, Instant submittedAt, String verifiedBy,
		Instant verifiedAt, int version) {
}
