package org.zonehub.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.action.ActionClosed;
import org.zonehub.action.ActionLaunched;
import org.zonehub.action.ActionReportReturned;
import org.zonehub.action.ActionReported;
import org.zonehub.action.MeasureStatus;
import org.zonehub.compliance.AssessmentStatus;
import org.zonehub.compliance.AssessmentTransitioned;
import org.zonehub.compliance.Level;
import org.zonehub.compliance.RectificationChanged;
import org.zonehub.compliance.TaskStatus;
import org.zonehub.enterprise.EnterpriseStatus;
import org.zonehub.enterprise.EnterpriseStatusChanged;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.program.Aggregation;
import org.zonehub.program.ProgramActivated;
import org.zonehub.program.ProgramClosed;
import org.zonehub.program.ProgramMonthConfirmed;
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

	/**
	 * The same for programs and special actions: programs activated, some closed, zone figures reported and months
	 * confirmed (some with figures missing, some months left unconfirmed), actions launched and closed, reports
	 * submitted and returned, measures done and late; the figures must equal the rebuild and a plain query over the
	 * source (attainment worked out here by hand from the plans and the confirmed months' figures).
	 */
	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13, 14, 15 })
	void programAndActionEventsShuffledAndDeliveredTwiceAddUpToTheRebuild(long seed) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		ZoneScope zone = freshZone("ea" + seed + "-" + System.nanoTime() % 100_000);
		transactions.executeWithoutResult(status -> zoneRollups.rebuild(zone));
		Activities history = new Activities(new Random(seed), zone);
		history.play();

		List<Object> deliveries = new ArrayList<>(history.events);
		deliveries.addAll(history.events);
		Collections.shuffle(deliveries, new Random(seed * 7919));
		for (Object event : deliveries) {
			deliver(event);
		}
		Activity incremental = rollups.activity(zone).normalized();
		Activity plain = history.plainQuery().normalized();
		transactions.executeWithoutResult(status -> zoneRollups.rebuild(zone));
		Activity rebuilt = rollups.activity(zone).normalized();

		assertThat(plain.programsActive()).as("a history with active programs").isPositive();
		assertThat(plain.attainedZones()).as("a history with confirmed months").isEqualTo(1);
		assertThat(plain.measuresAssigned()).as("a history with measures").isPositive();
		assertThat(incremental).isEqualTo(rebuilt).isEqualTo(plain);
	}

	private void deliver(Object event) {
		if (event instanceof ProgramActivated activated) {
			events.take(activated);
		}
		else if (event instanceof ProgramClosed closed) {
			events.take(closed);
		}
		else if (event instanceof ProgramMonthConfirmed confirmed) {
			events.take(confirmed);
		}
		else if (event instanceof ActionLaunched launched) {
			events.take(launched);
		}
		else if (event instanceof ActionReported reported) {
			events.take(reported);
		}
		else if (event instanceof ActionReportReturned returned) {
			events.take(returned);
		}
		else if (event instanceof ActionClosed closed) {
			events.take(closed);
		}
		else if (event instanceof EnterpriseStatusChanged changed) {
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

	/**
	 * Programs and actions written to the source tables as they end, with the events they would have published. The
	 * program KPIs are the zone's own (program-level), so a month's figure is the zone's: a flow's value, a stock's
	 * latest value up to the month.
	 */
	private final class Activities {

		private static final String[][] KPIS = { { "EXPORT_VALUE", "FLOW" }, { "TRAINING", "FLOW" },
				{ "OWN_BRANDS", "STOCK" }, { "ONLINE_SHOPS", "STOCK" } };

		private static final List<String> COMPLETE = List.of("DONE", "NOT_APPLICABLE");

		private final Random random;

		private final ZoneScope zone;

		private final List<Object> events = new ArrayList<>();

		private final LocalDate today = zoneRollups.today();

		private final YearMonth start = YearMonth.from(today).minusMonths(8);

		private Instant clock = Instant.parse("2026-06-01T00:00:00Z");

		Activities(Random random, ZoneScope zone) {
			this.random = random;
			this.zone = zone;
		}

		void play() {
			for (int index = 0; index < 4; index++) {
				program(index);
			}
			for (int index = 0; index < 3; index++) {
				action(index);
			}
		}

		private void program(int index) {
			String status = index == 0 ? "ACTIVE" : index == 3 ? "DRAFT" : random.nextBoolean() ? "ACTIVE" : "CLOSED";
			Instant at = tick();
			jdbc.update("""
					INSERT INTO program (zone_id, name_zh, industry, lead_unit, start_month, end_month, window_days,
					                     status, created_by, created_at, updated_by, updated_at, version)
					VALUES (?, ?, '服装', '商务局', ?, ?, 10, ?, 'test', ?, 'test', ?, 0)""", zone.zoneId(),
					"汇总测试产业带" + index, start.toString(), start.plusMonths(11).toString(), status,
					Timestamp.from(at), Timestamp.from(at));
			long program = jdbc.queryForObject("SELECT MAX(id) FROM program WHERE zone_id = ?", Long.class,
					zone.zoneId());
			List<String[]> kpis = new ArrayList<>();
			for (String[] kpi : KPIS) {
				if (kpis.isEmpty() || random.nextBoolean()) {
					kpis.add(kpi);
				}
			}
			for (int k = 0; k < kpis.size(); k++) {
				List<String> plan = new ArrayList<>();
				for (int month = 0; month < 12; month++) {
					// a plan of 0 now and then: met whatever the figure
					int value = random.nextInt(8) == 0 ? 0 : "FLOW".equals(kpis.get(k)[1]) ? 50 + random.nextInt(100)
							: 10 * (month + 1) + random.nextInt(10);
					plan.add(value + ".00");
				}
				jdbc.update("""
						INSERT INTO program_kpi (zone_id, program_id, kpi_code, name_zh, name_en, unit, aggregation,
						                         reporter, base_value, target_value, plan, sort_order, updated_by,
						                         updated_at, version)
						VALUES (?, ?, ?, '指标', 'KPI', 'CNY', ?, 'ZONE', 0, 1000, ?, ?, 'test', ?, 0)""",
						zone.zoneId(), program, kpis.get(k)[0], kpis.get(k)[1], "[" + String.join(",", plan) + "]", k,
						Timestamp.from(at));
			}
			if ("DRAFT".equals(status)) {
				return;
			}
			events.add(new ProgramActivated(zone.zoneId(), zone.zoneCode(), program, start.toString(),
					start.plusMonths(11).toString(), at));
			// figures for the months so far, some missing; then some months confirmed, not necessarily in order
			Map<String, BigDecimal[]> values = new HashMap<>();
			for (int month = 0; month < 8; month++) {
				for (String[] kpi : kpis) {
					if (random.nextInt(4) == 0) {
						continue;
					}
					BigDecimal value = BigDecimal.valueOf(random.nextInt(20_000), 2);
					values.computeIfAbsent(kpi[0], code -> new BigDecimal[8])[month] = value;
					Instant reported = tick();
					jdbc.update("""
							INSERT INTO program_figure (zone_id, program_id, kpi_code, enterprise_id, month, value,
							                            source, revision, reported_by, reported_at, first_reported_at,
							                            late, version)
							VALUES (?, ?, ?, NULL, ?, ?, 'ZONE', 1, 'test', ?, ?, FALSE, 0)""", zone.zoneId(), program,
							kpi[0], start.plusMonths(month).toString(), value, Timestamp.from(reported),
							Timestamp.from(reported));
				}
			}
			for (int month = 0; month < 8; month++) {
				if (index != 0 && random.nextInt(3) == 0) {
					continue;
				}
				Instant confirmed = tick();
				String key = start.plusMonths(month).toString();
				jdbc.update("""
						INSERT INTO program_month (zone_id, program_id, month, confirmed_by, confirmed_at, outliers)
						VALUES (?, ?, ?, 'test', ?, 0)""", zone.zoneId(), program, key, Timestamp.from(confirmed));
				List<ProgramMonthConfirmed.KpiTotal> totals = new ArrayList<>();
				for (String[] kpi : kpis) {
					BigDecimal[] series = values.getOrDefault(kpi[0], new BigDecimal[8]);
					BigDecimal value = series[month];
					if ("STOCK".equals(kpi[1])) {
						for (int back = month; value == null && back >= 0; back--) {
							value = series[back];
						}
					}
					totals.add(new ProgramMonthConfirmed.KpiTotal(kpi[0], Aggregation.valueOf(kpi[1]),
							value == null ? BigDecimal.ZERO.setScale(2) : value, value == null ? 0 : 1));
				}
				events.add(new ProgramMonthConfirmed(zone.zoneId(), zone.zoneCode(), program, key, totals, confirmed));
			}
			if ("CLOSED".equals(status)) {
				events.add(new ProgramClosed(zone.zoneId(), zone.zoneCode(), program, tick()));
			}
		}

		private void action(int index) {
			String status = index == 2 ? "CLOSED" : "LAUNCHED";
			List<LocalDate> dates = List.of(today.minusDays(20), today.minusDays(5), today.plusDays(10));
			Instant launched = tick();
			jdbc.update("""
					INSERT INTO special_action (owner_zone_id, name_zh, name_en, year, lead_department,
					                            partner_departments, window_start, window_end, reporting_dates,
					                            all_zones, status, created_by, created_at, launched_by, launched_at)
					VALUES (NULL, ?, 'Rollup test action', 2026, '商务部', '[]', ?, ?, ?, FALSE, ?, 'test', ?, 'test', ?)""",
					"汇总测试专项行动" + index, Date.valueOf(today.minusDays(40)), Date.valueOf(today.plusDays(10)),
					"[" + String.join(",", dates.stream().map(date -> "\"" + date + "\"").toList()) + "]", status,
					Timestamp.from(launched), Timestamp.from(launched));
			long action = jdbc.queryForObject("SELECT MAX(id) FROM special_action", Long.class);
			jdbc.update("INSERT INTO special_action_zone (action_id, target_zone_id) VALUES (?, ?)", action,
					zone.zoneId());
			jdbc.update("INSERT INTO action_key_task (action_id, sort_order, title_zh, title_en) VALUES (?, 0, '任务', 'Task')",
					action);
			long task = jdbc.queryForObject("SELECT MAX(id) FROM action_key_task WHERE action_id = ?", Long.class,
					action);
			int measures = 3 + random.nextInt(4);
			for (int m = 0; m < measures; m++) {
				LocalDate due = today.plusDays(random.nextInt(21) - 10);
				jdbc.update("""
						INSERT INTO action_measure (action_id, key_task_id, sort_order, number, title_zh, title_en,
						                            lead_department, partner_departments, due_date, all_zones)
						VALUES (?, ?, ?, ?, '举措', 'Measure', '商务部', '[]', ?, FALSE)""", action, task, m,
						"1." + (m + 1), Date.valueOf(due));
				long measure = jdbc.queryForObject("SELECT MAX(id) FROM action_measure WHERE action_id = ?",
						Long.class, action);
				jdbc.update("""
						INSERT INTO action_assignment (zone_id, action_id, measure_id, status, created_at)
						VALUES (?, ?, ?, 'NOT_STARTED', ?)""", zone.zoneId(), action, measure, Timestamp.from(launched));
				long assignment = jdbc.queryForObject(
						"SELECT id FROM action_assignment WHERE zone_id = ? AND measure_id = ?", Long.class,
						zone.zoneId(), measure);
				report(action, measure, assignment, dates);
			}
			events.add(new ActionLaunched(UUID.randomUUID(), action, null, List.of(zone.zoneId()), measures, launched));
			if ("CLOSED".equals(status)) {
				events.add(new ActionClosed(UUID.randomUUID(), action, null, tick()));
			}
		}

		/** Reports on some of the past reporting dates (and a draft now and then), the latest one's status kept. */
		private void report(long action, long measure, long assignment, List<LocalDate> dates) {
			MeasureStatus latest = null;
			LocalDate lastPeriod = null;
			Instant lastAt = null;
			for (LocalDate period : dates.subList(0, 2)) {
				int roll = random.nextInt(4);
				if (roll == 0) {
					continue;
				}
				MeasureStatus status = MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)];
				String state = roll == 1 ? "DRAFT" : roll == 2 ? "RETURNED" : "SUBMITTED";
				Instant at = tick();
				jdbc.update("""
						INSERT INTO action_report (zone_id, assignment_id, period, state, measure_status, na_reason,
						                           drafted_by, drafted_at, submitted_by, submitted_at)
						VALUES (?, ?, ?, ?, ?, 'n/a', 'test', ?, ?, ?)""", zone.zoneId(), assignment,
						Date.valueOf(period), state, status.name(), Timestamp.from(at),
						"DRAFT".equals(state) ? null : "test", "DRAFT".equals(state) ? null : Timestamp.from(at));
				if ("DRAFT".equals(state)) {
					// one draft at a time: it is submitted before the next period is written
					jdbc.update("UPDATE action_report SET state = 'SUBMITTED', submitted_by = 'test', submitted_at = ? "
							+ "WHERE zone_id = ? AND assignment_id = ? AND state = 'DRAFT'", Timestamp.from(at),
							zone.zoneId(), assignment);
				}
				long report = jdbc.queryForObject("SELECT MAX(id) FROM action_report WHERE assignment_id = ?",
						Long.class, assignment);
				latest = status;
				lastPeriod = period;
				lastAt = at;
				events.add(new ActionReported(UUID.randomUUID(), zone.zoneId(), action, measure, assignment, report,
						period, status, at));
				if ("RETURNED".equals(state)) {
					events.add(new ActionReportReturned(UUID.randomUUID(), zone.zoneId(), action, assignment, report,
							tick()));
				}
			}
			if (latest != null) {
				jdbc.update("""
						UPDATE action_assignment
						   SET status = ?, last_period = ?, last_reported_at = ?
						 WHERE id = ?""", latest.name(), Date.valueOf(lastPeriod), Timestamp.from(lastAt), assignment);
			}
		}

		/** The figures straight from the source: counts by plain SQL, attainment by hand from plans and figures. */
		Activity plainQuery() {
			int active = jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE zone_id = ? AND status = 'ACTIVE'",
					Integer.class, zone.zoneId());
			List<BigDecimal> programs = new ArrayList<>();
			for (long program : jdbc.queryForList(
					"SELECT id FROM program WHERE zone_id = ? AND status = 'ACTIVE' ORDER BY id", Long.class,
					zone.zoneId())) {
				List<String> months = jdbc.queryForList(
						"SELECT month FROM program_month WHERE program_id = ? ORDER BY month", String.class, program);
				if (months.isEmpty()) {
					continue;
				}
				String last = months.get(months.size() - 1);
				List<BigDecimal> kpis = jdbc.query("SELECT kpi_code, aggregation, plan FROM program_kpi WHERE program_id = ?",
						(row, n) -> {
							List<BigDecimal> plan = java.util.Arrays.stream(row.getString("plan").replaceAll("[\\[\\] ]", "").split(","))
								.map(BigDecimal::new)
								.toList();
							BigDecimal actual;
							BigDecimal planned = BigDecimal.ZERO;
							if ("FLOW".equals(row.getString("aggregation"))) {
								actual = jdbc.queryForObject("""
										SELECT COALESCE(SUM(f.value), 0)
										  FROM program_figure f
										  JOIN program_month m ON m.program_id = f.program_id AND m.month = f.month
										 WHERE f.program_id = ? AND f.kpi_code = ?""", BigDecimal.class, program,
										row.getString("kpi_code"));
								for (String month : months) {
									planned = planned.add(plan.get(index(month)));
								}
							}
							else {
								actual = jdbc.query("""
										SELECT value FROM program_figure
										 WHERE program_id = ? AND kpi_code = ? AND month <= ?
										 ORDER BY month DESC LIMIT 1""", (r, i) -> r.getBigDecimal(1), program,
										row.getString("kpi_code"), last).stream().findFirst().orElse(BigDecimal.ZERO);
								planned = plan.get(index(last));
							}
							return planned.signum() == 0 || actual.compareTo(planned) >= 0 ? BigDecimal.ONE
									: actual.divide(planned, 8, RoundingMode.HALF_UP);
						}, program);
				programs.add(kpis.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(kpis.size()), 4, RoundingMode.HALF_UP));
			}
			BigDecimal attainment = programs.isEmpty() ? BigDecimal.ZERO
					: programs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(programs.size()), 4, RoundingMode.HALF_UP);
			Map<String, Object> counts = jdbc.queryForMap("""
					SELECT COUNT(*) AS assigned,
					       COALESCE(SUM(s.status IN ('DONE', 'NOT_APPLICABLE')), 0) AS done,
					       COALESCE(SUM(a.status = 'LAUNCHED' AND s.status NOT IN ('DONE', 'NOT_APPLICABLE')
					                    AND m.due_date < ?), 0) AS overdue
					  FROM action_assignment s
					  JOIN action_measure m ON m.id = s.measure_id
					  JOIN special_action a ON a.id = s.action_id
					 WHERE s.zone_id = ?
					   AND a.status IN ('LAUNCHED', 'CLOSED')""", Date.valueOf(today), zone.zoneId());
			int missing = jdbc.queryForObject("""
					SELECT COUNT(*)
					  FROM action_assignment s
					  JOIN special_action a ON a.id = s.action_id
					  JOIN JSON_TABLE(a.reporting_dates, '$[*]' COLUMNS (period DATE PATH '$')) d
					 WHERE s.zone_id = ?
					   AND a.status = 'LAUNCHED'
					   AND s.status NOT IN ('DONE', 'NOT_APPLICABLE')
					   AND d.period < ?
					   AND NOT EXISTS (SELECT 1
					                     FROM action_report r
					                    WHERE r.zone_id = s.zone_id
					                      AND r.assignment_id = s.id
					                      AND r.period = d.period
					                      AND r.state IN ('SUBMITTED', 'RETURNED'))""", Integer.class, zone.zoneId(),
					Date.valueOf(today));
			return new Activity(active, programs.size(), attainment, programs.isEmpty() ? 0 : 1,
					((Number) counts.get("assigned")).intValue(), ((Number) counts.get("done")).intValue(),
					((Number) counts.get("overdue")).intValue(), missing);
		}

		private int index(String month) {
			YearMonth of = YearMonth.parse(month);
			return (of.getYear() - start.getYear()) * 12 + of.getMonthValue() - start.getMonthValue();
		}

		private Instant tick() {
			clock = clock.plusMillis(1 + random.nextInt(5_000));
			return clock;
		}

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
