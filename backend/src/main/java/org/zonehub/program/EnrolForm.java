package org.zonehub.program;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.zonehub.enterprise.CustomsMode;
import org.zonehub.enterprise.EnterpriseKind;

/**
 * Enterprises to enrol from a month: picked by id, or the active ones a registry filter finds, or both.
 *
 * @param month {@code YYYY-MM}, within the program
 */
record EnrolForm(@NotBlank String month, @Size(max = 5000) List<Long> enterpriseIds, @Valid RegistryFilter filter) {

	/** The registry's own filters; {@code null} means any. */
	record RegistryFilter(@Size(max = 100) String name, @Size(max = 18) String creditCodePrefix, EnterpriseKind kind,
			CustomsMode customsMode) {
	}

}
