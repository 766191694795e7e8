package org.zonehub.compliance;

import java.util.Set;

import org.zonehub.enterprise.CustomsMode;
import org.zonehub.enterprise.EnterpriseKind;

/**
 * One requirement of the catalogue as the API shows it.
 *
 * @param source the national baseline or the zone's own
 * @param weight its share in the score
 * @param appliesToKinds enterprise kinds it applies to; empty means all
 * @param appliesToModes customs modes it applies to; empty means all
 * @param version optimistic-locking version of a zone requirement (0 for baseline ones)
 */
public record Requirement(RequirementSource source, String code, ComplianceArea area, String titleZh, String titleEn,
		String guidanceZh, String guidanceEn, int weight, boolean evidenceRequired, Set<EnterpriseKind> appliesToKinds,
		Set<CustomsMode> appliesToModes, boolean active, int version) {

	static Requirement from(RequirementSource source, RequirementRow row) {
		return new Requirement(source, row.code(), row.area(), row.titleZh(), row.titleEn(), row.guidanceZh(),
				row.guidanceEn(), row.weight(), row.evidenceRequired(), Codes.kinds(row.appliesToKinds()),
				Codes.modes(row.appliesToModes()), row.active(), row.version());
	}

}
