package org.zonehub.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Demo data, as a zone would have it after a year: in ningbo "宁波小家电产业带" with 30 enrolled enterprises (the
 * demo user's enterprise 1 among them) and twelve months of figures — most on time, some late, some missing, one
 * enterprise that left, the older months confirmed —; in hangzhou a livestreaming program with the demo user's
 * enterprise 2. Programs, KPIs, enrolments and confirmations go through the services users use; the past months'
 * figures are written with the times they would have been reported at (the services would stamp today). The month
 * that just ended is left open with a third of its reports missing, the demo users' among them, so
 * {@code ningbo-enterprise} has a month to report. A zone with any program is left as it is.
 */
@Component
@Profile("demo")
@Order(40) // after the demo enterprises
class DemoPrograms implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

	private final TenancyGuard tenancy;

	private final Programs programs;

	private final Enrolments enrolments;

	private final MonthlyReporting reporting;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoPrograms(TenancyGuard tenancy, Programs programs, Enrolments enrolments, MonthlyReporting reporting,
			JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.tenancy = tenancy;
		this.programs = programs;
		this.enrolments = enrolments;
		this.reporting = reporting;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** One demo program: who reports which KPI, and how many enterprises take part. */
	private record Plan(String zone, long demoEnterprise, int enterprises, String nameZh, String nameEn,
			String industry, List<String> districts, String leadUnit, List<ProgramKpiForm> kpis) {
	}

	@Override
	public void run(ApplicationArguments args) {
		YearMonth lastMonth = YearMonth.now(clock.withZone(Months.CHINA)).minusMonths(1);
		List<Plan> plans = List.of(
				new Plan("ningbo", 1, 30, "宁波小家电产业带", "Ningbo small home appliances industrial belt", "小家电",
						List.of("慈溪市", "余姚市", "宁海县"), "宁波市商务局",
						List.of(kpi("EXPORT_VALUE", Reporter.ENTERPRISE, "600000000", "1200000000"),
								kpi("OWN_BRANDS", Reporter.ENTERPRISE, "40", "90"),
								kpi("OVERSEAS_WAREHOUSES", Reporter.ENTERPRISE, "12", "30"),
								kpi("ENTERPRISES_ONBOARDED", Reporter.ZONE, "120", "300"),
								kpi("TRAINING", Reporter.ZONE, "0", "6000"))),
				new Plan("hangzhou", 2, 15, "杭州服装直播电商产业带", "Hangzhou apparel livestreaming industrial belt",
						"服装", List.of("余杭区", "临平区"), "杭州市商务局",
						List.of(kpi("EXPORT_VALUE", Reporter.ENTERPRISE, "300000000", "600000000"),
								kpi("LIVESTREAMS", Reporter.ENTERPRISE, "0", "4800"),
								kpi("INDEPENDENT_SITES", Reporter.ENTERPRISE, "10", "40"))));
		for (Plan plan : plans) {
			// one transaction per zone: a seeding cut short leaves nothing, and the next start redoes it
			transaction.executeWithoutResult(status -> seedUnlessPresent(plan, lastMonth));
		}
	}

	private static ProgramKpiForm kpi(String code, Reporter reporter, String base, String target) {
		return new ProgramKpiForm(code, reporter, new BigDecimal(base), new BigDecimal(target), null, null);
	}

	private void seedUnlessPresent(Plan plan, YearMonth lastMonth) {
		Long zoneId = jdbc.queryForObject("SELECT id FROM zone WHERE code = ?", Long.class, plan.zone());
		Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE zone_id = ?", Long.class, zoneId);
		if (existing != null && existing > 0) {
			return;
		}
		List<Long> enterprises = new ArrayList<>(List.of(plan.demoEnterprise()));
		enterprises.addAll(jdbc.queryForList("""
				SELECT id
				  FROM enterprise
				 WHERE zone_id = ?
				   AND status = 'ACTIVE'
				   AND id > 2
				 ORDER BY id
				 LIMIT ?""", Long.class, zoneId, plan.enterprises() - 1));
		ZoneScope zone = tenancy.demoScope(plan.zone(), "demo-seed", "演示管理员", Roles.ZONE_ADMIN, null);
		YearMonth first = lastMonth.minusMonths(12);
		YearMonth last = first.plusMonths(23);
		Program program = programs.create(zone, new ProgramForm(plan.nameZh(), plan.nameEn(), plan.industry(),
				plan.districts(), plan.leadUnit(), Months.format(first), Months.format(last), 10, plan.kpis(), null));
		program = programs.activate(zone, program.id(), program.version());
		enrolments.enrol(zone, program.id(), new EnrolForm(Months.format(first), enterprises, null));
		ProgramRow row = programs.row(zone, program.id());
		Random random = new Random(plan.zone().hashCode());
		long leaver = enterprises.get(enterprises.size() - 1);
		YearMonth leftFrom = lastMonth.minusMonths(3);
		int written = 0;
		for (ProgramKpi kpi : program.kpis()) {
			for (long enterprise : kpi.reporter() == Reporter.ZONE ? List.of(0L) : enterprises) {
				written += figures(zone, row, kpi, enterprise, enterprise == leaver ? leftFrom : null, plan, lastMonth,
						random);
			}
		}
		enrolments.leave(zone, program.id(), leaver, new LeaveForm(Months.format(leftFrom),
				enrolments.row(zone, program.id(), leaver).version()));
		// the months before the last two are confirmed, the odd outlier looked at
		for (YearMonth month = first; month.isBefore(lastMonth.minusMonths(1)); month = month.plusMonths(1)) {
			reporting.confirm(zone, program.id(), Months.format(month), new ConfirmForm(true));
		}
		// past the month's window: reopened for the demo user, so it still has a month to report
		if (row.window(lastMonth).closed(clock.instant())) {
			reporting.reopen(zone, program.id(), Months.format(lastMonth), new ReopenForm(plan.demoEnterprise()));
		}
		log.info("Demo program seeded in {}: {} enterprises, {} figures", plan.zone(), enterprises.size(), written);
	}

	/**
	 * One reporter's figures of one KPI for the program's first thirteen months: a flow grows about 2 % a month
	 * with noise, a stock now and then by one; about one report in twelve is missing and one in eight late.
	 */
	private int figures(ZoneScope zone, ProgramRow program, ProgramKpi kpi, long enterprise, YearMonth leftFrom,
			Plan plan, YearMonth lastMonth, Random random) {
		int reporters = kpi.reporter() == Reporter.ZONE ? 1 : plan.enterprises();
		double share = kpi.baseValue().doubleValue() / (kpi.aggregation() == Aggregation.FLOW ? 12.0 : 1.0) / reporters;
		double level = reporters == 1 ? share : share * (0.4 + random.nextDouble() * 1.2);
		int written = 0;
		for (YearMonth month = program.first(); !month.isAfter(lastMonth); month = month.plusMonths(1)) {
			if (leftFrom != null && !month.isBefore(leftFrom)) {
				break;
			}
			level = kpi.aggregation() == Aggregation.FLOW ? level * (1.02 + random.nextGaussian() * 0.05)
					: level + (random.nextInt(6) == 0 ? Math.max(1, share * 0.1) : 0);
			boolean demoUser = enterprise == plan.demoEnterprise();
			boolean current = month.equals(lastMonth);
			if ((current && (demoUser || kpi.reporter() == Reporter.ZONE || random.nextInt(3) == 0))
					|| (!current && random.nextInt(12) == 0)) {
				continue; // missing
			}
			ReportingWindow window = program.window(month);
			boolean late = !current && random.nextInt(8) == 0;
			Instant at = (late ? window.dueDay().plusDays(1 + random.nextInt(12)) : window.opens().plusDays(random.nextInt(9)))
				.atTime(LocalTime.of(9 + random.nextInt(9), random.nextInt(60)))
				.atZone(Months.CHINA)
				.toInstant();
			if (current && at.isAfter(clock.instant())) {
				at = clock.instant().minusSeconds(3600);
			}
			BigDecimal value = BigDecimal.valueOf(kpi.aggregation() == Aggregation.STOCK ? Math.round(level) : level)
				.setScale(kpi.unit().equals("CNY") ? 2 : 0, RoundingMode.HALF_UP)
				.setScale(2);
			insert(zone, program.id(), kpi.kpiCode(), enterprise == 0 ? null : enterprise, month, value,
					kpi.reporter() == Reporter.ZONE ? FigureSource.ZONE : FigureSource.ENTERPRISE,
					enterprise == 0 ? "demo-seed" : "demo-enterprise-" + enterprise, at, late);
			written++;
		}
		return written;
	}

	private void insert(ZoneScope zone, long programId, String kpi, Long enterprise, YearMonth month, BigDecimal value,
			FigureSource source, String actor, Instant at, boolean late) {
		Timestamp time = Timestamp.from(at);
		jdbc.update("""
				INSERT INTO program_figure (zone_id, program_id, kpi_code, enterprise_id, month, value, source, revision,
				                            reported_by, reported_at, first_reported_at, late)
				VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""", zone.zoneId(), programId, kpi, enterprise,
				Months.format(month), value, source.name(), actor, time, time, late);
		jdbc.update("""
				INSERT INTO program_figure_revision (zone_id, figure_id, revision, value_before, value_after, source,
				                                     actor, at, late)
				SELECT zone_id, id, 1, NULL, value, source, reported_by, reported_at, late
				  FROM program_figure
				 WHERE zone_id = ? AND program_id = ? AND kpi_code = ? AND subject_id = ? AND month = ?""", zone.zoneId(),
				programId, kpi, enterprise == null ? 0 : enterprise, Months.format(month));
	}

}
