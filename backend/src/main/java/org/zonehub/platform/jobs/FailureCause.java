package org.zonehub.platform.jobs;

/** Why a job failed outside its handler's own handling of failures. */
public enum FailureCause {

	/** An exception escaped the run. */
	BROKE_OFF,
	/** The run ran out of memory ({@link OutOfMemoryError}). */
	OUT_OF_MEMORY,
	/** Another error escaped the run: a {@link StackOverflowError}, a linkage error, … */
	CRASHED,
	/** The job's process died while it ran: once for a kind that does not resume, or too often for one that does. */
	ABANDONED;

	static FailureCause of(Throwable escaped) {
		if (escaped instanceof OutOfMemoryError) {
			return OUT_OF_MEMORY;
		}
		return escaped instanceof Error ? CRASHED : BROKE_OFF;
	}

}
