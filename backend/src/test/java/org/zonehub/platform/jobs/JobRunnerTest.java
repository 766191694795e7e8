package org.zonehub.platform.jobs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.platform.jobs.JobFixtures.await;
import static org.zonehub.platform.jobs.JobFixtures.pause;
import static org.zonehub.platform.jobs.JobFixtures.properties;

/**
 * Runners of their own (each a "process" with its node id) on the application's database, with handlers of kinds
 * the application does not know, so its own runner and sweeper leave these jobs alone.
 */
@IntegrationTest
class JobRunnerTest {

	private static final Duration NEVER = Duration.ofHours(1);

	@Autowired
	JobMapper jobs;

	@Autowired
	TenancyGuard tenancy;

	@Autowired
	BackgroundJobs queue;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	private JobFixtures fixtures;

	private final List<JobRunner> runners = new ArrayList<>();

	private final List<TestHandler> handlers = new ArrayList<>();

	@BeforeEach
	void fixtures() {
		fixtures = new JobFixtures(jobs, tenancy, queue, transactionManager, jdbc);
	}

	@AfterEach
	void stopRunners() {
		runners.forEach(JobRunner::stop);
		fixtures.forget(handlers.toArray(JobHandler[]::new));
	}

	@Test
	void twoNodesRacingForTheSameJobsRunEachOnceAndOnePerZoneAtATime() throws Exception {
		Map<String, AtomicInteger> runningInZone = new ConcurrentHashMap<>();
		AtomicInteger mostInOneZone = new AtomicInteger();
		TestHandler handler = handler(new TestHandler(true, job -> {
			AtomicInteger zone = runningInZone.computeIfAbsent(job.job().zone().zoneCode(), code -> new AtomicInteger());
			mostInOneZone.accumulateAndGet(zone.incrementAndGet(), Math::max);
			pause(10);
			zone.decrementAndGet();
			return JobOutcome.succeeded();
		}));
		List<ZoneScope> zones = fixtures.zones().subList(0, 4);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(fixtures.enqueue(zones.get(i % zones.size()), handler));
		}
		// both nodes poll at the same instant, round after round, and claim only once both have read the queue, so
		// they reach for the same jobs; each has room for more jobs than the zones can run, so each poll reads
		CyclicBarrier bothRead = new CyclicBarrier(2);
		Claims a = new Claims(bothRead);
		Claims b = new Claims(bothRead);
		JobRunner nodeA = start(fixtures.runner(a.counting(jobs), roomy("node-a"), handler));
		JobRunner nodeB = start(fixtures.runner(b.counting(jobs), roomy("node-b"), handler));
		boolean[] done = { false };
		CyclicBarrier together = new CyclicBarrier(2, () -> done[0] = handler.runs.size() == ids.size());
		Thread racerA = racer(nodeA, together, done);
		Thread racerB = racer(nodeB, together, done);
		racerA.join(120_000);
		racerB.join(120_000);
		await("every job to end", Duration.ofSeconds(30),
				() -> ids.stream().allMatch(id -> fixtures.status(id).equals("SUCCEEDED")));

		for (long id : ids) {
			assertThat(handler.runsOf(id)).as("runs of job %d", id).isEqualTo(1);
			assertThat(fixtures.row(id).get("attempts")).as("attempts of job %d", id).isEqualTo(1);
		}
		assertThat(mostInOneZone.get()).as("jobs of one zone and kind running at once").isEqualTo(1);
		assertThat(a.won.get() + b.won.get()).isEqualTo(ids.size());
		assertThat(a.lost.get() + b.lost.get()).as("claims lost to the other node").isPositive();
		long byA = ids.stream().filter(id -> "node-a".equals(fixtures.row(id).get("claimed_by"))).count();
		assertThat(byA).isEqualTo(a.won.get());
		System.out.printf("race: %d jobs in 4 zones; node-a won %d claims and lost %d, node-b won %d and lost %d;"
				+ " every job ran once%n", ids.size(), a.won.get(), a.lost.get(), b.won.get(), b.lost.get());
	}

	@Test
	void anErrorInsideAHandlerFailsTheJobAndFreesItsZone() {
		TestHandler handler = handler(new TestHandler(true, job -> {
			switch (job.job().subjectId().intValue()) {
				case 1 -> throw new IllegalStateException("a bug");
				case 2 -> deepest(0); // a real StackOverflowError
				case 3 -> huge(); // a real OutOfMemoryError
				default -> {
				}
			}
			return JobOutcome.succeeded();
		}));
		ZoneScope zone = fixtures.zones().get(0);
		List<Long> ids = new ArrayList<>();
		for (long subject = 1; subject <= 4; subject++) {
			ids.add(enqueue(zone, handler, subject));
		}
		start(fixtures.runner(properties("node-errors", Duration.ofMillis(50)), handler));

		// one zone: each job starts only once the one before has ended, so every failure freed the zone's slot
		await("every job to end", Duration.ofSeconds(30), () -> fixtures.status(ids.get(3)).equals("SUCCEEDED"));

		assertEnded(ids.get(0), "FAILED", "import.broke-off");
		assertEnded(ids.get(1), "FAILED", "import.crashed");
		assertEnded(ids.get(2), "FAILED", "import.out-of-memory");
		assertEnded(ids.get(3), "SUCCEEDED", null);
		assertThat(handler.failures).containsExactlyInAnyOrderEntriesOf(Map.of(ids.get(0), FailureCause.BROKE_OFF,
				ids.get(1), FailureCause.CRASHED, ids.get(2), FailureCause.OUT_OF_MEMORY));
	}

	@Test
	void aGracefulStopHandsRunningJobsBackAndTheNextNodeResumesThem() {
		TestHandler handler = handler(new TestHandler(true, job -> {
			if (job.job().attempt() > 1) {
				return JobOutcome.succeeded();
			}
			for (long done = 1;; done++) {
				job.checkpoint();
				job.progress(done, null);
				pause(20);
			}
		}));
		long id = fixtures.enqueue(fixtures.zones().get(0), handler);
		JobRunner first = start(fixtures.runner(properties("node-stopping", Duration.ofMillis(50)), handler));
		await("the job to run", Duration.ofSeconds(10), () -> (Long) fixtures.row(id).get("progress_done") > 2);

		long stopping = System.nanoTime();
		first.stop();
		long stopMillis = (System.nanoTime() - stopping) / 1_000_000;

		Map<String, Object> handedBack = fixtures.row(id);
		assertThat(handedBack.get("status")).isEqualTo("QUEUED");
		assertThat(handedBack.get("claimed_by")).isNull();
		assertThat(handedBack.get("running_slot")).isNull();
		assertThat(handedBack.get("attempts")).isEqualTo(1);
		assertThat(handedBack.get("lost_runs")).as("a stop is no loss").isEqualTo(0);
		assertThat(handedBack.get("failure_code")).isNull();
		assertThat(stopMillis).as("the stop waited for the checkpoint, not the grace").isLessThan(2_000);

		start(fixtures.runner(properties("node-next", Duration.ofMillis(50)), handler));
		await("the job to be resumed", Duration.ofSeconds(10), () -> fixtures.status(id).equals("SUCCEEDED"));
		assertThat(handler.runs).extracting(TestHandler.Run::attempt).containsExactly(1, 2);
		assertThat(fixtures.row(id).get("claimed_by")).isEqualTo("node-next");
	}

	@Test
	void aRunWhoseJobWasTakenOverCommitsNothingMore() throws Exception {
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		AtomicReference<RuntimeException> refused = new AtomicReference<>();
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		TestHandler handler = handler(new TestHandler(true, job -> {
			if (job.job().attempt() == 1) {
				firstRunning.countDown();
				awaitLatch(goOn);
				try {
					transaction.executeWithoutResult(status -> job.progress(1, 1L));
				}
				catch (RuntimeException fenced) {
					refused.set(fenced);
					throw fenced;
				}
				return JobOutcome.succeeded();
			}
			job.progress(2, 2L);
			return JobOutcome.succeeded();
		}));
		long id = fixtures.enqueue(fixtures.zones().get(0), handler);
		// a node that seems dead: it beats no heartbeat while the test runs (and has no room to claim the job again)
		start(fixtures.runner(new JobsProperties(1, Duration.ofMillis(50), Duration.ofMinutes(10),
				Duration.ofMinutes(21), 3, Duration.ofSeconds(5), "node-paused"), handler));
		assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();

		fixtures.ageHeartbeat(id, Duration.ofMinutes(1));
		fixtures.sweeper(properties("sweeper", NEVER), handler).sweep();
		start(fixtures.runner(properties("node-alive", Duration.ofMillis(50)), handler));
		await("the job to be resumed elsewhere", Duration.ofSeconds(10),
				() -> fixtures.status(id).equals("SUCCEEDED"));
		goOn.countDown();
		await("the paused run to try its write", Duration.ofSeconds(10), () -> refused.get() != null);

		Map<String, Object> row = fixtures.row(id);
		assertThat(row.get("claimed_by")).isEqualTo("node-alive");
		assertThat(row.get("attempts")).isEqualTo(2);
		assertThat(row.get("lost_runs")).isEqualTo(1);
		assertThat(row.get("progress_done")).as("the paused run's progress did not go through").isEqualTo(2L);
		assertThat(refused.get()).isInstanceOf(RunningJob.Lost.class);
	}

	private TestHandler handler(TestHandler handler) {
		handlers.add(handler);
		return handler;
	}

	private JobRunner start(JobRunner runner) {
		runners.add(runner);
		runner.start();
		return runner;
	}

	private long enqueue(ZoneScope zone, TestHandler handler, long subject) {
		return new TransactionTemplate(transactionManager)
			.execute(status -> queue.enqueue(zone, handler.kind(), subject));
	}

	private void assertEnded(long id, String status, String failureCode) {
		Map<String, Object> row = fixtures.row(id);
		assertThat(row.get("status")).as("job %d", id).isEqualTo(status);
		assertThat(row.get("failure_code")).as("job %d", id).isEqualTo(failureCode);
		assertThat(row.get("running_slot")).as("job %d", id).isNull();
		assertThat(row.get("finished_at")).as("job %d", id).isNotNull();
	}

	private static Thread racer(JobRunner runner, CyclicBarrier together, boolean[] done) {
		Thread racer = new Thread(() -> {
			try {
				while (true) {
					together.await(30, TimeUnit.SECONDS);
					if (done[0]) {
						return;
					}
					runner.poll();
					pause(5);
				}
			}
			catch (Exception broken) {
				throw new IllegalStateException(broken);
			}
		}, "racer-" + runner.node());
		racer.start();
		return racer;
	}

	/** Polls only when told to, with room for eight jobs. */
	private static JobsProperties roomy(String node) {
		return new JobsProperties(8, NEVER, Duration.ofMillis(200), Duration.ofSeconds(5), 3, Duration.ofSeconds(5),
				node);
	}

	/**
	 * How one node's claims went: won, or lost to the other node (the row was taken, or the zone's slot). Its reads
	 * of the queue wait for the other node's, so both claim from the same state.
	 */
	private static final class Claims {

		final AtomicInteger won = new AtomicInteger();

		final AtomicInteger lost = new AtomicInteger();

		private final CyclicBarrier bothRead;

		Claims(CyclicBarrier bothRead) {
			this.bothRead = bothRead;
		}

		JobMapper counting(JobMapper real) {
			return (JobMapper) Proxy.newProxyInstance(JobMapper.class.getClassLoader(), new Class<?>[] { JobMapper.class },
					(proxy, method, args) -> {
						boolean claim = method.getName().equals("claim");
						try {
							Object result = method.invoke(real, args);
							if (method.getName().equals("claimable")) {
								bothRead.await(30, TimeUnit.SECONDS);
							}
							if (claim) {
								((int) result == 1 ? won : lost).incrementAndGet();
							}
							return result;
						}
						catch (InvocationTargetException failed) {
							if (claim && failed.getCause() instanceof DuplicateKeyException) {
								lost.incrementAndGet();
							}
							throw failed.getCause();
						}
					});
		}

	}

	private static int deepest(int depth) {
		return deepest(depth + 1) + 1;
	}

	/** More than any heap here can give: a real OutOfMemoryError, at once. */
	private static long[] huge() {
		return new long[Integer.MAX_VALUE - 8];
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
