package org.zonehub.program;

import java.util.List;

/**
 * What an enrolment did: enterprises enrolled now, those already in the program (left alone), and the ids or
 * credit codes not found among the zone's active enterprises.
 */
public record EnrolResult(int enrolled, int alreadyEnrolled, List<String> notFound) {
}
