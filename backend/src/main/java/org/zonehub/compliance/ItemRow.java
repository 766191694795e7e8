package org.zonehub.compliance;

/** One requirement as copied into an assessment, with the enterprise's answer and the reviewer's comment. */
record ItemRow(String code, RequirementSource source, ComplianceArea area, String titleZh, String titleEn, String guidanceZh,
		String guidanceEn, int weight, boolean evidenceRequired, Answer answer, String comment,
		String reviewComment) {
}
