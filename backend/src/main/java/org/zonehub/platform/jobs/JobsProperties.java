package org.zonehub.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this process takes part in running background jobs.
 *
 * @param concurrency the jobs this process runs at once (each claim takes one)
 * @param pollInterval how often it looks for queued jobs while it has room
 * @param heartbeatInterval how often it tells the database its running jobs are alive
 * @param staleAfter how old a running job's heartbeat may grow before the sweeper takes its process for dead
 * @param maxLostRuns after how many runs lost with their process a job is failed, though its kind resumes
 * @param shutdownGrace how long a graceful stop waits for running jobs to reach a checkpoint and be handed back
 * @param nodeId this process's name in {@code claimed_by}; empty: host, pid and a random suffix, unique per process
 */
@ConfigurationProperties("zonehub.jobs")
record JobsProperties(int concurrency, Duration pollInterval, Duration heartbeatInterval, Duration staleAfter,
		int maxLostRuns, Duration shutdownGrace, String nodeId) {

	JobsProperties {
		if (concurrency < 1 || maxLostRuns < 1) {
			throw new IllegalArgumentException("zonehub.jobs.concurrency and max-lost-runs must be at least 1");
		}
		// one late heartbeat must not make a live job look dead
		if (staleAfter.compareTo(heartbeatInterval.multipliedBy(2)) <= 0) {
			throw new IllegalArgumentException("zonehub.jobs.stale-after (" + staleAfter
					+ ") must be more than twice the heartbeat interval (" + heartbeatInterval + ")");
		}
	}

}
