package org.zonehub.compliance;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zonehub.enterprise.CustomsMode;
import org.zonehub.enterprise.EnterpriseKind;

/**
 * A requirement as the ministry (in a draft baseline) or a zone admin writes it; the code comes from the path.
 *
 * @param active zone requirements only: false retires it from the zone's catalogue
 * @param version zone requirements only: the version last seen, required when changing one
 */
record RequirementForm(@NotNull ComplianceArea area, @NotBlank @Size(max = 300) String titleZh,
		@NotBlank @Size(max = 300) String titleEn, @NotBlank @Size(max = 2000) String guidanceZh,
		@NotBlank @Size(max = 2000) String guidanceEn, @NotNull @Min(1) @Max(100) Integer weight,
		@NotNull Boolean evidenceRequired, Set<EnterpriseKind> appliesToKinds, Set<CustomsMode> appliesToModes,
		Boolean active, Integer version) {

	static final String CODE_PATTERN = "[A-Z][A-Z0-9]{0,9}-[0-9A-Z]{1,10}";

}
