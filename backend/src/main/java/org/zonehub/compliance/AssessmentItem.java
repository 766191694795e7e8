package org.zonehub.compliance;

import java.util.List;

/**
 * One requirement of an assessment with its answer.
 *
 * @param answer {@code null} while unanswered
 * @param reviewComment the zone reviewer's comment on this item ({@code null} if none)
 */
public record AssessmentItem(String code, RequirementSource source, ComplianceArea area, String titleZh, String titleEn,
		String guidanceZh, String guidanceEn, int weight, boolean evidenceRequired, Answer answer, String comment,
		String reviewComment, List<Evidence> evidence) {

	static AssessmentItem from(ItemRow row, List<Evidence> evidence) {
		return new AssessmentItem(row.code(), row.source(), row.area(), row.titleZh(), row.titleEn(),
				row.guidanceZh(), row.guidanceEn(), row.weight(), row.evidenceRequired(), row.answer(), row.comment(),
				row.reviewComment(), evidence);
	}

}
