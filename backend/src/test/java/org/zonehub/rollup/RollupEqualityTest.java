package org.zonehub.rollup;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.compliance.AssessmentStatus;
import org.zonehub.compliance.AssessmentTransitioned;
import org.zonehub.compliance.Level;
import org.zonehub.compliance.RectificationChanged;
import org.zonehub.compliance.TaskStatus;
import org.zonehub.enterprise.EnterpriseStatus;
import org.zonehub.enterprise.EnterpriseStatusChanged;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental and rebuilt figures are equal: a random history of enterprises registered (one by one and in import
 * batches), suspended, reactivated and deregistered, assessments approved and rectification tasks moved is written
 * to the source tables as it ends, and its events are delivered to the rollup shuffled, each twice. The figures the
 * events made must equal those a rebuild reads from the source, and those of a plain GROUP BY over it.
 */
@IntegrationTest
class RollupEqualityTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RollupEvents events;

	@Autowired
	ZoneRollups zoneRollups;

	@Autowired
	RollupMapper rollups;

	@Autowired
	TenancyGuard tenancy;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void eventsShuffledAndDeliveredTwiceAddUpToTheRebuild(long seed) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		ZoneScope zone = freshZone("eq" + seed + "-" + System.nanoTime() % 100_000);
		transactions.executeWithoutResult(status -> zoneRollups.rebuild(zone)); // a new zone: all zeros
		History history = new History(new Random(seed), zone);
		history.play(60, 400);

		List<Object> deliveries = new ArrayList<>(history.events);
		deliveries.addAll(history.events);
		Collections.shuffle(deliveries, new Random(seed * 7919));
		for (Object event : deliveries) {
			deliver(event);
		}
		Counters incremental = rollups.counters(zone).normalized();

		LocalDate today = zoneRollups.today();
		Counters plainGroupBy = rollups.tallySource(zone, today).normalized();
		Counters rebuilt = transactions.execute(status -> zoneRollups.rebuild(zone)).normalized();

		assertThat(incremental.activeEnterprises()).as("a history with enterprises").isPositive();
		assertThat(incremental).isEqualTo(rebuilt).isEqualTo(plainGroupBy);
		assertThat(rollups.counters(zone).normalized()).isEqualTo(rebuilt);
	}

	private void deliver(Object event) {
		if (event instanceof EnterpriseStatusChanged changed) {
			events.take(changed);
		}
		else if (event instanceof AssessmentTransitioned approved) {
			events.take(approved);
		}
		else {
			events.take((RectificationChanged) event);
		}
	}

	private ZoneScope freshZone(String code) {
		Instant now = Instant.now();
		jdbc.update("""
				INSERT INTO zone (code, name_zh, name_en, province, batch, approved_on, status, created_at,
				                  updated_at, version)
				VALUES (?, '汇总测试综试区', 'Rollup Test Zone', '浙江省', 7, '2024-01-01', 'ACTIVE', ?, ?, 0)""", code,
				Timestamp.from(now), Timestamp.from(now));
		long id = jdbc.queryForObject("SELECT id FROM zone WHERE code = ?", Long.class, code);
		return tenancy.systemScope(id);
	}

	/** A random history, written to the source tables as it goes, with the events it would have published. */
	private final class History {

		private final Random random;

		private final ZoneScope zone;

		private final List<Object> events = new ArrayList<>();

		private final Map<Long, EnterpriseStatus> statuses = new HashMap<>();

		private final Map<Long, Long> latestAssessment = new HashMap<>();

		private final Map<Long, TaskStatus> tasks = new HashMap<>();

		private final Map<Long, Long> taskEnterprise = new HashMap<>();

		private final Map<Long, LocalDate> taskDue = new HashMap<>();

		private Instant clock = Instant.parse("2026-06-01T00:00:00Z");

		History(Random random, ZoneScope zone) {
			this.random = random;
			this.zone = zone;
		}

		void play(int enterprises, int steps) {
			List<Long> batch = new ArrayList<>();
			for (int index = 0; index < enterprises; index++) {
				long id = register(index);
				batch.add(id);
				if (batch.size() == 7 || index == enterprises - 1 || random.nextInt(4) == 0) {
					events.add(new EnterpriseStatusChanged(zone.zoneId(), batch, EnterpriseStatus.ACTIVE, tick()));
					batch = new ArrayList<>();
				}
			}
			List<Long> ids = new ArrayList<>(statuses.keySet());
			for (int step = 0; step < steps; step++) {
				long enterprise = ids.get(random.nextInt(ids.size()));
				switch (random.nextInt(4)) {
					case 0 -> changeStatus(enterprise);
					case 1 -> approve(enterprise);
					default -> moveTask(enterprise);
				}
			}
		}

		private long register(int index) {
			Instant at = clock;
			jdbc.update("""
					INSERT INTO enterprise (zone_id, credit_code, name_zh, kinds, status, created_by, created_at,
					                        updated_by, updated_at, version)
					VALUES (?, ?, ?, 'SELLER', 'ACTIVE', 'test', ?, 'test', ?, 0)""", zone.zoneId(),
					String.format("91330200MA%08d", index), "汇总测试企业" + index, Timestamp.from(at),
					Timestamp.from(at));
			long id = jdbc.queryForObject("SELECT MAX(id) FROM enterprise WHERE zone_id = ?", Long.class,
					zone.zoneId());
			statuses.put(id, EnterpriseStatus.ACTIVE);
			return id;
		}

		private void changeStatus(long enterprise) {
			EnterpriseStatus current = statuses.get(enterprise);
			EnterpriseStatus target = switch (current) {
				case ACTIVE -> random.nextInt(5) == 0 ? EnterpriseStatus.DEREGISTERED : EnterpriseStatus.SUSPENDED;
				case SUSPENDED -> random.nextBoolean() ? EnterpriseStatus.ACTIVE : EnterpriseStatus.DEREGISTERED;
				case DEREGISTERED -> null;
			};
			if (target == null) {
				return;
			}
			Instant at = tick();
			jdbc.update("UPDATE enterprise SET status = ?, updated_at = ? WHERE id = ?", target.name(),
					Timestamp.from(at), enterprise);
			statuses.put(enterprise, target);
			events.add(new EnterpriseStatusChanged(zone.zoneId(), List.of(enterprise), target, at));
		}

		private void approve(long enterprise) {
			Instant at = tick();
			Level level = Level.values()[random.nextInt(Level.values().length)];
			BigDecimal score = BigDecimal.valueOf(random.nextInt(1001), 1);
			jdbc.update("""
					INSERT INTO assessment (zone_id, enterprise_id, status, started_by, started_at, submitted_at,
					                        decided_by, decided_at, score, level, version)
					VALUES (?, ?, 'APPROVED', 'test', ?, ?, 'test', ?, ?, ?, 0)""", zone.zoneId(), enterprise,
					Timestamp.from(at), Timestamp.from(at), Timestamp.from(at), score, level.name());
			long assessment = jdbc.queryForObject("SELECT MAX(id) FROM assessment WHERE zone_id = ?", Long.class,
					zone.zoneId());
			latestAssessment.put(enterprise, assessment);
			events.add(new AssessmentTransitioned(zone.zoneId(), zone.zoneCode(), enterprise, assessment,
					AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED, score, level, at));
		}

		/** A new task on the enterprise's latest assessment, or the next step of one of its tasks. */
		private void moveTask(long enterprise) {
			List<Long> own = taskEnterprise.entrySet()
				.stream()
				.filter(task -> task.getValue() == enterprise && tasks.get(task.getKey()) != TaskStatus.VERIFIED)
				.map(Map.Entry::getKey)
				.toList();
			if (own.isEmpty() || random.nextInt(3) == 0) {
				Long assessment = latestAssessment.get(enterprise);
				if (assessment != null) {
					createTask(enterprise, assessment);
				}
				return;
			}
			long task = own.get(random.nextInt(own.size()));
			TaskStatus from = tasks.get(task);
			TaskStatus to = switch (from) {
				case OPEN, REOPENED -> TaskStatus.SUBMITTED;
				case SUBMITTED -> random.nextBoolean() ? TaskStatus.VERIFIED : TaskStatus.REOPENED;
				case VERIFIED -> TaskStatus.VERIFIED;
			};
			Instant at = tick();
			String column = to == TaskStatus.SUBMITTED ? "submitted_at" : to == TaskStatus.VERIFIED ? "verified_at" : null;
			if (column == null) {
				// the source keeps no time for a reopening: its latest time (submitted_at) stays behind it
				jdbc.update("UPDATE rectification_task SET status = ? WHERE id = ?", to.name(), task);
			}
			else {
				jdbc.update("UPDATE rectification_task SET status = ?, " + column + " = ? WHERE id = ?", to.name(),
						Timestamp.from(at), task);
			}
			tasks.put(task, to);
			events.add(new RectificationChanged(zone.zoneId(), zone.zoneCode(), enterprise, task, from, to,
					taskDue.get(task), at));
		}

		private void createTask(long enterprise, long assessment) {
			Instant at = tick();
			// due dates around today, so that some are overdue
			LocalDate due = zoneRollups.today().plusDays(random.nextInt(21) - 10);
			jdbc.update("""
					INSERT INTO rectification_task (zone_id, enterprise_id, assessment_id, item_code, title_zh,
					                                title_en, answer, owner, due_date, status, created_at, version)
					VALUES (?, ?, ?, ?, '整改', 'Fix', 'NO', 'test', ?, 'OPEN', ?, 0)""", zone.zoneId(), enterprise,
					assessment, "T" + tasks.size(), Date.valueOf(due), Timestamp.from(at));
			long task = jdbc.queryForObject("SELECT MAX(id) FROM rectification_task WHERE zone_id = ?", Long.class,
					zone.zoneId());
			tasks.put(task, TaskStatus.OPEN);
			taskEnterprise.put(task, enterprise);
			taskDue.put(task, due);
			events.add(new RectificationChanged(zone.zoneId(), zone.zoneCode(), enterprise, task, null,
					TaskStatus.OPEN, due, at));
		}

		private Instant tick() {
			clock = clock.plusMillis(1 + random.nextInt(5_000));
			return clock;
		}

	}

}
