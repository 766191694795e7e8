package org.zonehub.compliance;

/** A baseline_requirement or zone_requirement row; the applicability lists are comma-separated codes. */
record RequirementRow(String code, ComplianceArea area, String titleZh, String titleEn, String guidanceZh,
		String guidanceEn, int weight, boolean evidenceRequired, String appliesToKinds, String appliesToModes,
		boolean active, int version) {
}
