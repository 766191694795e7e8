package org.zonehub.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.zonehub.platform.web.ErrorCode;

/** A handler whose runs the test scripts, and which remembers every run and every failure it was told of. */
final class TestHandler implements JobHandler {

	/** One call of {@link #run}. */
	record Run(long jobId, int attempt, String zone) {
	}

	private final String kind = "test-" + UUID.randomUUID().toString().substring(0, 8);

	private final boolean resumes;

	private final Function<RunningJob, JobOutcome> body;

	final List<Run> runs = new CopyOnWriteArrayList<>();

	final Map<Long, FailureCause> failures = new ConcurrentHashMap<>();

	TestHandler(boolean resumes, Function<RunningJob, JobOutcome> body) {
		this.resumes = resumes;
		this.body = body;
	}

	/** The code a test handler keeps for each cause: any code of the catalogue would do. */
	static ErrorCode codeFor(FailureCause cause) {
		return switch (cause) {
			case BROKE_OFF -> ErrorCode.IMPORT_BROKE_OFF;
			case OUT_OF_MEMORY -> ErrorCode.IMPORT_OUT_OF_MEMORY;
			case CRASHED -> ErrorCode.IMPORT_CRASHED;
			case ABANDONED -> ErrorCode.IMPORT_ABANDONED;
		};
	}

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public boolean resumesAfterLoss() {
		return resumes;
	}

	@Override
	public JobOutcome run(RunningJob job) {
		runs.add(new Run(job.job().id(), job.job().attempt(), job.job().zone().zoneCode()));
		return body.apply(job);
	}

	@Override
	public ErrorCode failed(Job job, FailureCause cause) {
		failures.put(job.id(), cause);
		return codeFor(cause);
	}

	long runsOf(long jobId) {
		return runs.stream().filter(run -> run.jobId() == jobId).count();
	}

}
