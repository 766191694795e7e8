package org.zonehub.rollup;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * What the clock changes: a month closes (its figures are frozen as they stand), a day passes (overdue tasks and
 * measures and missing action reports are counted again, and program attainment against today's plans), and a zone
 * that has no figures yet (new, from before the rollup existed, or marked for a recount by a migration) gets its
 * first count.
 * Hourly under the database lock, so once across replicas; and at start-up, after the demo data, so a restart after
 * a missed hour catches up. A month frozen late (the service was down at its close) says so in its frozen time.
 */
@Component
@Order(90) // after the demo data
class RollupUpkeep implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RollupUpkeep.class);

	private final RollupMapper rollups;

	private final ZoneRollups zoneRollups;

	private final TenancyGuard tenancy;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RollupUpkeep(RollupMapper rollups, ZoneRollups zoneRollups, TenancyGuard tenancy,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.rollups = rollups;
		this.zoneRollups = zoneRollups;
		this.tenancy = tenancy;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED); // see RollupEvents
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		catchUp();
	}

	@Scheduled(cron = "${zonehub.rollup.upkeep-cron:0 1 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "rollup-upkeep", lockAtMostFor = "PT30M")
	void hourly() {
		catchUp();
	}

	void catchUp() {
		NationalScope national = tenancy.systemNational();
		for (long zoneId : rollups.withoutFigures(national)) {
			ZoneScope zone = tenancy.systemScope(zoneId);
			Counters counted = transactions.execute(status -> zoneRollups.rebuild(zone));
			log.info("Rollup of zone {} counted from the source: {}", zone.zoneCode(), counted);
		}
		for (long zoneId : rollups.staleOverdue(national, zoneRollups.today())) {
			ZoneScope zone = tenancy.systemScope(zoneId);
			transactions.executeWithoutResult(status -> zoneRollups.refreshOverdue(zone));
		}
		freezeLastMonth(national);
	}

	/**
	 * Freezes the month before the current one (Asia/Shanghai) for the zones approved before it ended. A zone first
	 * counted after that (a new installation) gets the month frozen from its first figures, which its frozen time
	 * says.
	 */
	void freezeLastMonth(NationalScope national) {
		YearMonth current = YearMonth.from(zoneRollups.today());
		YearMonth last = current.minusMonths(1);
		Integer frozen = transactions.execute(status -> rollups.freeze(national, last.toString(), current.atDay(1),
				clock.instant().truncatedTo(ChronoUnit.MILLIS)));
		if (frozen != null && frozen > 0) {
			log.info("Rollup month {} frozen for {} zones", last, frozen);
		}
	}

}
