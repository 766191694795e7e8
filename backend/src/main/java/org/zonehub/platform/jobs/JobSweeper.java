package org.zonehub.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ErrorCode;

/**
 * Finds running jobs whose process died (their heartbeat older than {@code zonehub.jobs.stale-after}) and, by their
 * kind, queues them again to be resumed or fails them; a job lost {@code max-lost-runs} times fails whatever its kind,
 * so a job that kills its process cannot take every process down in turn. Runs on one replica at a time (ShedLock).
 */
@Component
class JobSweeper {

	private static final Logger log = LoggerFactory.getLogger(JobSweeper.class);

	private final JobMapper jobs;

	private final TenancyGuard tenancy;

	private final Map<String, JobHandler> handlers;

	private final JobsProperties properties;

	private final TransactionTemplate transactions;

	JobSweeper(JobMapper jobs, TenancyGuard tenancy, List<JobHandler> handlers, JobsProperties properties,
			PlatformTransactionManager transactionManager) {
		this.jobs = jobs;
		this.tenancy = tenancy;
		this.handlers = JobRunner.byKind(handlers);
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A sweep takes milliseconds, and two at once would do no harm (each change is conditional on what was found), so
	 * the lock of a process that died sweeping holds up the next sweep for a few seconds only.
	 */
	@Scheduled(initialDelayString = "${zonehub.jobs.sweep-interval}",
			fixedDelayString = "${zonehub.jobs.sweep-interval}")
	@SchedulerLock(name = "background-job-sweeper", lockAtMostFor = "PT10S")
	void scheduled() {
		sweep();
	}

	/** One sweep; a kind no handler here knows is left for a process that knows it. */
	void sweep() {
		List<ZoneScope> zones = tenancy.systemScopes();
		if (zones.isEmpty() || handlers.isEmpty()) {
			return;
		}
		Map<Long, ZoneScope> byId = zones.stream().collect(Collectors.toMap(ZoneScope::zoneId, Function.identity()));
		long staleMillis = properties.staleAfter().toMillis();
		for (JobRow row : jobs.stale(zones, handlers.keySet(), staleMillis)) {
			ZoneScope zone = byId.get(row.zoneId());
			try {
				sweep(row, zone, staleMillis);
			}
			catch (RuntimeException failed) {
				log.warn("Job {} could not be swept; the next sweep tries again", row.id(), failed);
			}
		}
	}

	private void sweep(JobRow row, ZoneScope zone, long staleMillis) {
		JobHandler handler = handlers.get(row.kind());
		Claim lost = new Claim(zone, row.id(), row.claimedBy(), row.attempts());
		int lostRuns = row.lostRuns() + 1;
		if (handler.resumesAfterLoss() && lostRuns < properties.maxLostRuns()) {
			if (jobs.requeueLost(zone, lost, staleMillis) == 1) {
				log.warn("Job {} ({} in zone {}) lost its process {} (last heartbeat {}): queued again to resume "
						+ "(lost runs: {})", row.id(), row.kind(), zone.zoneCode(), row.claimedBy(), row.heartbeatAt(),
						lostRuns);
			}
			return;
		}
		transactions.executeWithoutResult(status -> {
			ErrorCode code = handler.failed(row.job(zone), FailureCause.ABANDONED);
			if (jobs.failLost(zone, lost, staleMillis, code) == 0) {
				status.setRollbackOnly(); // its process came back to life meanwhile, or another sweep got there
				return;
			}
			log.warn("Job {} ({} in zone {}) lost its process {} (last heartbeat {}): failed, {} lost runs", row.id(),
					row.kind(), zone.zoneCode(), row.claimedBy(), row.heartbeatAt(), lostRuns);
		});
	}

}
