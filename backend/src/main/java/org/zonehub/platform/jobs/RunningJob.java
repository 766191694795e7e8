package org.zonehub.platform.jobs;

import java.util.function.BooleanSupplier;

/**
 * A job while this process runs it: what it is, and the two calls that keep this run the job's only one. Both throw
 * exceptions the handler lets pass: the runner then hands the job back, or lets it go, and writes nothing for it.
 */
public final class RunningJob {

	/** This process is shutting down: the job goes back to the queue, to be resumed by the next process. */
	static final class Stopping extends RuntimeException {

		Stopping() {
			super("this process is shutting down", null, false, false);
		}

	}

	/** Another process holds the job now (this one's heartbeat came too late): this run must end without writing. */
	static final class Lost extends RuntimeException {

		Lost(long id) {
			super("job " + id + " was taken over by another process", null, false, false);
		}

	}

	private final Job job;

	private final Claim claim;

	private final JobMapper jobs;

	private final BooleanSupplier stopping;

	private volatile boolean lost;

	private volatile boolean ended;

	RunningJob(Job job, Claim claim, JobMapper jobs, BooleanSupplier stopping) {
		this.job = job;
		this.claim = claim;
		this.jobs = jobs;
		this.stopping = stopping;
	}

	public Job job() {
		return job;
	}

	/**
	 * Writes the job's progress (and a heartbeat), in the caller's transaction if there is one, so that progress and
	 * the work it counts commit together.
	 *
	 * @throws RuntimeException if another process took the job over: the caller's transaction then rolls back and
	 * the run must end
	 */
	public void progress(long done, Long total) {
		if (lost || jobs.progress(claim.zone(), claim, done, total) == 0) {
			lost = true;
			throw new Lost(job.id());
		}
	}

	/**
	 * Call between units of work: throws when this process is shutting down (the job is handed back, to be resumed)
	 * or when another process took the job over.
	 */
	public void checkpoint() {
		if (lost) {
			throw new Lost(job.id());
		}
		if (stopping.getAsBoolean()) {
			throw new Stopping();
		}
	}

	Claim claim() {
		return claim;
	}

	boolean isLost() {
		return lost;
	}

	/** The heartbeat found the claim gone. */
	void markLost() {
		lost = true;
	}

	boolean isEnded() {
		return ended;
	}

	/** The run is over and its end about to be written: no more heartbeats. */
	void markEnded() {
		ended = true;
	}

}
