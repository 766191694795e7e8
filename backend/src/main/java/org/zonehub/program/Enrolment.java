package org.zonehub.program;

import java.time.Instant;

/**
 * An enterprise in a program.
 *
 * @param leftMonth the first month it no longer takes part in; {@code null} while it does
 */
public record Enrolment(long enterpriseId, String creditCode, String nameZh, String enrolledMonth,
		String leftMonth, String enrolledBy, Instant enrolledAt, int version) {
}
