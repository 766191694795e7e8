package org.zonehub.platform.inbox;

import java.util.List;
import java.util.Map;

/**
 * The caller's inbox: every item (urgent first, then by due date) and the counts by kind for the navigation.
 */
public record Inbox(int total, int urgent, Map<String, Integer> counts, List<InboxItem> items) {
}
