package org.zonehub.platform.inbox;

import java.time.LocalDate;

/**
 * One thing waiting for the caller.
 *
 * @param source the contributing feature, e.g. {@code action}, {@code program}
 * @param kind what waits, stable for the frontend, e.g. {@code action.new-assignment}, {@code action.overdue}
 * @param refId the record it is about (an assignment id), for the link the frontend builds
 * @param parentId the record's parent (the action), for that link; {@code null} if none
 * @param titleZh what it is about, in Chinese
 * @param titleEn and in English
 * @param dueOn the date it is due, if any
 * @param urgent overdue or returned: shown first and in red
 */
public record InboxItem(String source, String kind, long refId, Long parentId, String titleZh, String titleEn,
		LocalDate dueOn, boolean urgent) {
}
