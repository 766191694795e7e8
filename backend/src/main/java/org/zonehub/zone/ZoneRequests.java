package org.zonehub.zone;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the ministry sends to register and change zones. */
final class ZoneRequests {

	static final String CODE_PATTERN = "[a-z][a-z0-9-]{1,31}";

	private ZoneRequests() {
	}

	/** The first zone administrator, created in Keycloak together with the zone. */
	record FirstAdmin(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 50) String firstName,
			@NotBlank @Size(max = 50) String lastName) {
	}

	record CreateZoneRequest(
			@NotBlank @Pattern(regexp = CODE_PATTERN,
					message = "{zone.code-format}") String code,
			@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 200) String nameEn,
			@NotBlank @Province String province, @NotNull @Min(1) @Max(20) Integer batch,
			@NotNull @PastOrPresent LocalDate approvedOn, @Valid FirstAdmin firstAdmin) {
	}

	/** Only the fields present change; {@code version} is the one the caller last saw. */
	record UpdateZoneRequest(@Size(min = 1, max = 100) String nameZh, @Size(min = 1, max = 200) String nameEn,
			@Province String province, @Min(1) @Max(20) Integer batch, @PastOrPresent LocalDate approvedOn,
			ZoneStatus status, @Pattern(regexp = CODE_PATTERN) String mergedInto, @NotNull Integer version) {
	}

	/** The first administrator's sign-in, shown once: the password is temporary and must be changed. */
	record NewAdminCredentials(String username, String email, String temporaryPassword) {
	}

	record CreatedZone(Zone zone, NewAdminCredentials firstAdmin) {
	}

	/** Filters of the national zone list. */
	record ZoneFilter(ZoneStatus status, String province) {
	}

}
