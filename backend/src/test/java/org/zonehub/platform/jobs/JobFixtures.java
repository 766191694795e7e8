package org.zonehub.platform.jobs;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

import static org.assertj.core.api.Assertions.assertThat;

/** What the job tests share: runners of their own on the application's database, jobs queued and read back. */
final class JobFixtures {

	private final JobMapper jobs;

	private final TenancyGuard tenancy;

	private final BackgroundJobs queue;

	private final PlatformTransactionManager transactionManager;

	private final JdbcTemplate jdbc;

	JobFixtures(JobMapper jobs, TenancyGuard tenancy, BackgroundJobs queue, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc) {
		this.jobs = jobs;
		this.tenancy = tenancy;
		this.queue = queue;
		this.transactionManager = transactionManager;
		this.jdbc = jdbc;
	}

	/** Fast ticks for tests; heartbeats every 200 ms, stale after 5 s. */
	static JobsProperties properties(String node, Duration poll) {
		return new JobsProperties(2, poll, Duration.ofMillis(200), Duration.ofSeconds(5), 3, Duration.ofSeconds(5),
				node);
	}

	JobRunner runner(JobsProperties properties, JobHandler... handlers) {
		return new JobRunner(jobs, tenancy, List.of(handlers), properties, transactionManager);
	}

	JobRunner runner(JobMapper mapper, JobsProperties properties, JobHandler... handlers) {
		return new JobRunner(mapper, tenancy, List.of(handlers), properties, transactionManager);
	}

	JobSweeper sweeper(JobsProperties properties, JobHandler... handlers) {
		return new JobSweeper(jobs, tenancy, List.of(handlers), properties, transactionManager);
	}

	List<ZoneScope> zones() {
		return tenancy.systemScopes();
	}

	/** Queues a job as a feature does, in a transaction of its own. */
	long enqueue(ZoneScope zone, JobHandler handler) {
		return new TransactionTemplate(transactionManager).execute(status -> queue.enqueue(zone, handler.kind(), null));
	}

	/** Puts a job in the table as a dead process would have left it: running, its last heartbeat {@code ago}. */
	long leftRunning(ZoneScope zone, String kind, String node, int attempts, int lostRuns, Duration ago) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO background_job (zone_id, kind, status, running_slot, claimed_by, heartbeat_at,
					                            attempts, lost_runs, created_at, started_at)
					VALUES (?, ?, 'RUNNING', 1, ?, TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)), ?, ?,
					        UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""", Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, zone.zoneId());
			insert.setString(2, kind);
			insert.setString(3, node);
			insert.setLong(4, -1000 * ago.toMillis());
			insert.setInt(5, attempts);
			insert.setInt(6, lostRuns);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/** The job's row, read by id alone (the test knows no zone for it). */
	Map<String, Object> row(long id) {
		return jdbc.queryForMap("SELECT * FROM background_job WHERE id = ?", id);
	}

	String status(long id) {
		return (String) row(id).get("status");
	}

	void ageHeartbeat(long id, Duration by) {
		jdbc.update("UPDATE background_job SET heartbeat_at = TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)) WHERE id = ?",
				-1000 * by.toMillis(), id);
	}

	/** Removes what a test queued, so no test's jobs are left for another. */
	void forget(JobHandler... handlers) {
		for (JobHandler handler : handlers) {
			jdbc.update("DELETE FROM background_job WHERE kind = ?", handler.kind());
		}
	}

	static void await(String what, Duration timeout, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
			pause(20);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
