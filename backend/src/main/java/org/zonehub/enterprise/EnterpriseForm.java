package org.zonehub.enterprise;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a zone admin sends to create or edit an enterprise (the import builds the same from each row).
 *
 * @param creditCodeOverrideReason required to accept a code whose check character is wrong (some early codes are
 * legal yet fail it)
 * @param version the version last seen; required when editing, ignored when creating
 */
public record EnterpriseForm(@NotBlank String creditCode, @Size(max = 200) String creditCodeOverrideReason,
		@NotBlank @Size(max = 200) String nameZh, @Size(max = 300) String nameEn,
		@NotEmpty Set<EnterpriseKind> kinds,
		@Pattern(regexp = "\\d{10}", message = "{enterprise.customs-code-format}") String customsCode,
		Set<CustomsMode> customsModes, @Size(max = 64) String district, @Size(max = 300) String address,
		@Size(max = 64) String contactName,
		@Pattern(regexp = "[0-9+() -]{5,32}", message = "{field.phone-format}") String contactPhone,
		@Email @Size(max = 254) String contactEmail,
		@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal exportValueCny,
		@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal importValueCny, Integer version) {
}
