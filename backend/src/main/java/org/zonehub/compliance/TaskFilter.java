package org.zonehub.compliance;

/**
 * Which rectification tasks to list; {@code null} fields do not filter.
 *
 * @param overdue only tasks past their due date still with the enterprise
 */
record TaskFilter(TaskStatus status, Long enterpriseId, Long assessmentId, Boolean overdue) {
}
