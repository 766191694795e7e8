package org.zonehub.program;

import java.time.Instant;
import java.time.YearMonth;

/** A row of {@code program_enrolment}. */
record EnrolmentRow(Long id, long programId, long enterpriseId, String enrolledMonth, String leftMonth,
		String enrolledBy, Instant enrolledAt, int version) {

	/** Takes part in the month: enrolled by then and not left yet. */
	boolean takesPartIn(YearMonth month) {
		return !month.isBefore(YearMonth.parse(enrolledMonth))
				&& (leftMonth == null || month.isBefore(YearMonth.parse(leftMonth)));
	}

}
