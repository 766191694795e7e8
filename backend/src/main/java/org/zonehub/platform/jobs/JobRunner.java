package org.zonehub.platform.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * This process's part in running background jobs: it polls for queued jobs while it has room, claims them in the
 * database, runs each on one of its workers, beats each one's heartbeat, and ends it (or, at shutdown, hands it back).
 * Every process runs one; the database decides which process runs which job.
 */
@Component
class JobRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final int MAX_KIND_LENGTH = 32;

	private final JobMapper jobs;

	private final TenancyGuard tenancy;

	private final Map<String, JobHandler> handlers;

	private final JobsProperties properties;

	private final TransactionTemplate transactions;

	private final String node;

	private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	private boolean started;

	private ScheduledExecutorService ticker;

	private ExecutorService workers;

	JobRunner(JobMapper jobs, TenancyGuard tenancy, List<JobHandler> handlers, JobsProperties properties,
			PlatformTransactionManager transactionManager) {
		this.jobs = jobs;
		this.tenancy = tenancy;
		this.handlers = byKind(handlers);
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.node = properties.nodeId() == null || properties.nodeId().isBlank() ? generatedNodeId()
				: properties.nodeId();
	}

	/** The handlers by kind; two for one kind, or a kind too long for its column, is a programming error. */
	static Map<String, JobHandler> byKind(List<JobHandler> handlers) {
		for (JobHandler handler : handlers) {
			if (handler.kind().length() > MAX_KIND_LENGTH) {
				throw new IllegalStateException("Job kind " + handler.kind() + " is longer than " + MAX_KIND_LENGTH);
			}
		}
		return handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
	}

	String node() {
		return node;
	}

	@Override
	public synchronized void start() {
		started = true;
		stopping = false;
		ticker = Executors.newScheduledThreadPool(2, threads("jobs-ticker-"));
		workers = Executors.newFixedThreadPool(properties.concurrency(), threads("job-"));
		long poll = properties.pollInterval().toMillis();
		long beat = properties.heartbeatInterval().toMillis();
		ticker.scheduleWithFixedDelay(() -> tick("poll", this::poll), poll, poll, TimeUnit.MILLISECONDS);
		ticker.scheduleWithFixedDelay(() -> tick("heartbeat", this::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
		log.info("Background jobs: node {} runs up to {} of {}", node, properties.concurrency(), handlers.keySet());
	}

	/**
	 * A graceful stop (SIGTERM): no more claims; running jobs stop at their next checkpoint and are handed back to the
	 * queue, so the next process resumes them at once. One still busy after the grace is handed back all the same:
	 * its claim is gone with that, so nothing it still tries to write goes through.
	 */
	@Override
	public synchronized void stop() {
		if (!started) {
			return;
		}
		stopping = true;
		long deadline = System.nanoTime() + properties.shutdownGrace().toNanos();
		while (!running.isEmpty() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
			pause(50);
		}
		for (RunningJob job : List.copyOf(running.values())) {
			release(job);
		}
		// a claim still being made as the stop began is handed back by its run, or at worst found stale by the sweeper
		ticker.shutdownNow();
		workers.shutdownNow();
		started = false;
	}

	@Override
	public synchronized boolean isRunning() {
		return started;
	}

	/** Claims queued jobs up to this process's free room: at most one per zone and kind, quieter zones first. */
	int poll() {
		int free = properties.concurrency() - running.size();
		if (stopping || free <= 0 || handlers.isEmpty()) {
			return 0;
		}
		List<ZoneScope> zones = tenancy.systemScopes();
		if (zones.isEmpty()) {
			return 0;
		}
		Map<Long, ZoneScope> byId = zones.stream().collect(Collectors.toMap(ZoneScope::zoneId, Function.identity()));
		List<JobMapper.Candidate> candidates = new ArrayList<>(jobs.claimable(zones, handlers.keySet(), free));
		candidates.sort(Comparator.comparingInt(JobMapper.Candidate::runningInZone)
			.thenComparingLong(JobMapper.Candidate::id));
		Set<String> tried = new HashSet<>();
		int claimed = 0;
		for (JobMapper.Candidate candidate : candidates) {
			if (claimed == free || stopping) {
				break;
			}
			// behind the first queued job of a zone and kind, the others wait for it anyway
			if (!tried.add(candidate.zoneId() + "/" + candidate.kind())) {
				continue;
			}
			ZoneScope zone = byId.get(candidate.zoneId());
			if (claim(zone, candidate.id())) {
				launch(jobs.find(zone, candidate.id()), zone);
				claimed++;
			}
		}
		return claimed;
	}

	/** The database says who wins: one UPDATE of a queued row; the running key refuses a second job of the kind. */
	private boolean claim(ZoneScope zone, long id) {
		try {
			return jobs.claim(zone, id, node) == 1;
		}
		catch (DuplicateKeyException zoneBusy) {
			return false;
		}
	}

	private void launch(JobRow row, ZoneScope zone) {
		RunningJob job = new RunningJob(row.job(zone), new Claim(zone, row.id(), node, row.attempts()), jobs,
				() -> stopping);
		running.put(row.id(), job);
		try {
			workers.execute(() -> execute(job));
		}
		catch (RejectedExecutionException shuttingDown) {
			running.remove(row.id());
			release(job);
		}
	}

	private void execute(RunningJob running) {
		Job job = running.job();
		JobHandler handler = handlers.get(job.kind());
		if (job.requestId() != null) {
			MDC.put(RequestIdFilter.MDC_KEY, job.requestId());
		}
		try {
			log.info("Job {} ({} in zone {}) started, attempt {}", job.id(), job.kind(), job.zone().zoneCode(),
					job.attempt());
			JobOutcome outcome;
			try {
				outcome = handler.run(running);
			}
			catch (RunningJob.Stopping handBack) {
				running.markEnded();
				release(running);
				return;
			}
			catch (RunningJob.Lost lost) {
				log.warn("Job {} was taken over by another process; this run stopped without writing more", job.id());
				return;
			}
			catch (Throwable escaped) {
				running.markEnded();
				if (stopping) {
					release(running); // most likely the shutdown's doing: the next process tries again
				}
				else {
					fail(handler, running, escaped);
				}
				return;
			}
			running.markEnded();
			end(running, outcome);
		}
		finally {
			this.running.remove(job.id());
			MDC.remove(RequestIdFilter.MDC_KEY);
		}
	}

	private void end(RunningJob running, JobOutcome outcome) {
		Job job = running.job();
		try {
			if (jobs.end(job.zone(), running.claim(), outcome.status(), outcome.failure()) == 0) {
				log.warn("Job {} ended, but another process holds it now: its end is not recorded here", job.id());
				return;
			}
			log.info("Job {} ({} in zone {}) {}{}", job.id(), job.kind(), job.zone().zoneCode(), outcome.status(),
					outcome.failure() == null ? "" : ": " + outcome.failure().code());
		}
		catch (RuntimeException unrecorded) {
			log.error("Job {} ended but its end could not be recorded; the sweeper will run it again", job.id(),
					unrecorded);
		}
	}

	/**
	 * Fails the job, whatever escaped its run (an {@link OutOfMemoryError} included: the run's own memory is
	 * unreachable by now). If even that cannot be written, its heartbeat stops with this run, and the sweeper takes
	 * the job for lost: it is never left running.
	 */
	private void fail(JobHandler handler, RunningJob running, Throwable escaped) {
		Job job = running.job();
		FailureCause cause = FailureCause.of(escaped);
		log.error("Job {} ({} in zone {}) failed: {}", job.id(), job.kind(), job.zone().zoneCode(), cause, escaped);
		try {
			transactions.executeWithoutResult(status -> {
				ErrorCode code = handler.failed(job, cause);
				if (jobs.end(job.zone(), running.claim(), JobStatus.FAILED, code) == 0) {
					status.setRollbackOnly(); // another process holds the job now: its rows are its business
				}
			});
		}
		catch (Throwable unrecorded) {
			log.error("Job {} failed and its failure could not be recorded; the sweeper will take it over", job.id(),
					unrecorded);
		}
	}

	private void release(RunningJob running) {
		Job job = running.job();
		try {
			if (jobs.release(job.zone(), running.claim()) == 1) {
				log.info("Job {} ({} in zone {}) handed back to the queue for resume at shutdown", job.id(),
						job.kind(), job.zone().zoneCode());
			}
		}
		catch (RuntimeException unreleased) {
			log.warn("Job {} could not be handed back; the sweeper will take it over once its heartbeat is stale",
					job.id(), unreleased);
		}
	}

	/** Tells the database this process's jobs are alive; a job whose claim is gone is told to stop. */
	void heartbeat() {
		for (RunningJob job : running.values()) {
			if (job.isLost() || job.isEnded()) {
				continue;
			}
			// a run that ended meanwhile wrote its end itself: only a claim taken over is news
			if (jobs.heartbeat(job.job().zone(), job.claim()) == 0 && !job.isEnded()) {
				job.markLost();
				log.warn("Job {} is no longer this process's: its heartbeat came too late", job.job().id());
			}
		}
	}

	/** A failed tick is logged and the next one tries again: a scheduled task that throws is never run again. */
	private static void tick(String what, Runnable task) {
		try {
			task.run();
		}
		catch (Throwable failure) {
			log.warn("Background jobs: {} failed, trying again at the next tick", what, failure);
		}
	}

	private static String generatedNodeId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException unnamed) {
			host = "host";
		}
		// the pid and a random part: two processes on one host, or a restarted one, never share a name
		return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
