package org.zonehub.compliance;

import java.util.Map;
import java.util.Set;

/** A rectification task: OPEN → SUBMITTED (the enterprise's fix) → VERIFIED, or REOPENED and submitted again. */
public enum TaskStatus {

	OPEN, SUBMITTED, VERIFIED, REOPENED;

	private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(OPEN, Set.of(SUBMITTED), SUBMITTED,
			Set.of(VERIFIED, REOPENED), REOPENED, Set.of(SUBMITTED), VERIFIED, Set.of());

	boolean canMoveTo(TaskStatus target) {
		return NEXT.get(this).contains(target);
	}

	/** Waiting on the enterprise: these count as open and can become overdue. */
	boolean withEnterprise() {
		return this == OPEN || this == REOPENED;
	}

}
