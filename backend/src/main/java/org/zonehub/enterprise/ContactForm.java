package org.zonehub.enterprise;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The fields an enterprise keeps itself: its contact. */
public record ContactForm(@Size(max = 64) String contactName,
		@Pattern(regexp = "[0-9+() -]{5,32}", message = "{field.phone-format}") String contactPhone,
		@Email @Size(max = 254) String contactEmail, @NotNull Integer version) {
}
