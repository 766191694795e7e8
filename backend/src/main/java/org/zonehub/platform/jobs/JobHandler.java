package org.zonehub.platform.jobs;

import org.zonehub.platform.web.ErrorCode;

/**
 * Runs one kind of background job: one bean per kind, and every process that has the bean claims jobs of its kind.
 *
 * <p>
 * A handler must expect to run a job again: after its process died (if {@link #resumesAfterLoss}), after a graceful
 * shutdown handed it back, and even after it finished its own writes but before the job was marked done. It goes on
 * from what it committed, and a run that finds its work already ended returns that end.
 */
public interface JobHandler {

	/** The kind, at most 32 characters, stored with each job: not to be renamed while jobs of it may be queued. */
	String kind();

	/**
	 * Whether a job of this kind whose process died while it ran is queued again to be resumed (until it has lost
	 * {@code zonehub.jobs.max-lost-runs} runs) rather than failed at once. Only work that commits its progress with
	 * its effects can resume: a rerun must be able to tell where to go on.
	 */
	boolean resumesAfterLoss();

	/**
	 * Runs or resumes the job. Between units of work it calls {@link RunningJob#checkpoint()}, and it writes its
	 * progress with {@link RunningJob#progress} in the transaction of the work counted; the exceptions those two
	 * throw must pass. Any exception or error that escapes fails the job through {@link #failed}.
	 */
	JobOutcome run(RunningJob job);

	/**
	 * Records in the feature's own rows that the job failed for a reason its run did not handle: an exception or
	 * error escaped it, or it was lost with its process (once, or too often). Called in the transaction that fails
	 * the job, which rolls back if another process holds the job meanwhile.
	 *
	 * @return the code of the error catalogue the job keeps as its failure
	 */
	ErrorCode failed(Job job, FailureCause cause);

}
