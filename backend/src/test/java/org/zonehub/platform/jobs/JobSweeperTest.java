package org.zonehub.platform.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zonehub.platform.jobs.JobFixtures.await;
import static org.zonehub.platform.jobs.JobFixtures.properties;

/** Jobs a dead process left behind: queued ones are simply run, running ones are resumed or failed by their kind. */
@IntegrationTest
class JobSweeperTest {

	private static final Duration LONG_AGO = Duration.ofMinutes(2);

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

	private final TestHandler resuming = new TestHandler(true, job -> JobOutcome.succeeded());

	private final TestHandler failing = new TestHandler(false, job -> JobOutcome.succeeded());

	private final List<JobRunner> runners = new ArrayList<>();

	@BeforeEach
	void fixtures() {
		fixtures = new JobFixtures(jobs, tenancy, queue, transactionManager, jdbc);
	}

	@AfterEach
	void cleanUp() {
		runners.forEach(JobRunner::stop);
		fixtures.forget(resuming, failing);
		jdbc.update("DELETE FROM background_job WHERE kind = 'test-nobody-knows'");
	}

	@Test
	void jobsOfADeadProcessAreResumedOrFailedByTheirKindAndTheQueuedOnesRun() {
		List<ZoneScope> zones = fixtures.zones();
		long queued = fixtures.enqueue(zones.get(0), resuming);
		long lost = fixtures.leftRunning(zones.get(1), resuming.kind(), "dead-node", 1, 0, LONG_AGO);
		long lostOnceTooOften = fixtures.leftRunning(zones.get(2), resuming.kind(), "dead-node", 3, 2, LONG_AGO);
		long lostForGood = fixtures.leftRunning(zones.get(3), failing.kind(), "dead-node", 1, 0, LONG_AGO);
		long alive = fixtures.leftRunning(zones.get(4), resuming.kind(), "live-node", 1, 0, Duration.ZERO);
		long unknownKind = fixtures.leftRunning(zones.get(5), "test-nobody-knows", "dead-node", 1, 0, LONG_AGO);

		// stale after 5 s, three lost runs at most
		fixtures.sweeper(properties("sweeper", Duration.ofHours(1)), resuming, failing).sweep();

		Map<String, Object> requeued = fixtures.row(lost);
		assertThat(requeued.get("status")).isEqualTo("QUEUED");
		assertThat(requeued.get("lost_runs")).isEqualTo(1);
		assertThat(requeued.get("claimed_by")).isNull();
		assertThat(requeued.get("running_slot")).isNull();
		assertThat(requeued.get("failure_code")).isNull();
		assertFailed(lostOnceTooOften, "import.abandoned", 3);
		assertFailed(lostForGood, "import.abandoned", 1);
		assertThat(resuming.failures).containsExactlyEntriesOf(Map.of(lostOnceTooOften, FailureCause.ABANDONED));
		assertThat(failing.failures).containsExactlyEntriesOf(Map.of(lostForGood, FailureCause.ABANDONED));
		assertThat(fixtures.status(queued)).isEqualTo("QUEUED");
		assertThat(fixtures.row(alive).get("status")).isEqualTo("RUNNING");
		assertThat(fixtures.row(alive).get("lost_runs")).isEqualTo(0);
		assertThat(fixtures.row(unknownKind).get("status")).as("left for a process that knows the kind")
			.isEqualTo("RUNNING");

		JobRunner next = fixtures.runner(properties("node-next", Duration.ofMillis(50)), resuming, failing);
		runners.add(next);
		next.start();
		await("the queued and the resumed job to run", Duration.ofSeconds(10),
				() -> fixtures.status(queued).equals("SUCCEEDED") && fixtures.status(lost).equals("SUCCEEDED"));
		assertThat(resuming.runs).extracting(TestHandler.Run::jobId, TestHandler.Run::attempt)
			.containsExactlyInAnyOrder(tuple(queued, 1),
					tuple(lost, 2));
	}

	/** The application's own sweeper runs under its ShedLock lock: the lock's row is there once it has run. */
	@Test
	void theScheduledSweepTakesTheDatabaseLock() {
		await("the scheduled sweep", Duration.ofSeconds(30), () -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM shedlock WHERE name = 'background-job-sweeper'", Integer.class) == 1);
	}

	private void assertFailed(long id, String code, int lostRuns) {
		Map<String, Object> row = fixtures.row(id);
		assertThat(row.get("status")).as("job %d", id).isEqualTo("FAILED");
		assertThat(row.get("failure_code")).as("job %d", id).isEqualTo(code);
		assertThat(row.get("lost_runs")).as("job %d", id).isEqualTo(lostRuns);
		assertThat(row.get("running_slot")).as("job %d", id).isNull();
		assertThat(row.get("finished_at")).as("job %d", id).isNotNull();
	}

}
