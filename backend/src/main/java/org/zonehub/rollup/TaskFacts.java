package org.zonehub.rollup;

import java.time.Instant;
import java.time.LocalDate;

import org.zonehub.compliance.TaskStatus;

/** What the rollup knows of one rectification task, and since when. */
record TaskFacts(long taskId, TaskStatus status, LocalDate dueDate, Instant changedAt) {

	/** Waiting on the enterprise, as the zone's overview counts open tasks. */
	boolean open() {
		return status == TaskStatus.OPEN || status == TaskStatus.REOPENED;
	}

	Counters contribution() {
		return open() ? new Counters(0, 0, 0, 0, 0, 0, java.math.BigDecimal.ZERO, 1, 0) : Counters.ZERO;
	}

}
