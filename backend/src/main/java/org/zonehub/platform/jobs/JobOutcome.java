package org.zonehub.platform.jobs;

import java.util.Objects;

import org.zonehub.platform.web.ErrorCode;

/**
 * How a run ended, as its handler says: the job is done, or it failed for a reason the handler recorded in its own
 * rows (a file that cannot be imported, say), kept with the job as a code of the error catalogue.
 */
public record JobOutcome(ErrorCode failure) {

	public static JobOutcome succeeded() {
		return new JobOutcome(null);
	}

	public static JobOutcome failed(ErrorCode failure) {
		return new JobOutcome(Objects.requireNonNull(failure));
	}

	JobStatus status() {
		return failure == null ? JobStatus.SUCCEEDED : JobStatus.FAILED;
	}

}
