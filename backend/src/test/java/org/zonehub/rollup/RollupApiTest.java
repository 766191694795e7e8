package org.zonehub.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national picture through the API: figures move with the source after its commit, only ministry sees the
 * nation, a zone's dashboard only its own staff, a rebuild runs to its end and agrees, a frozen month stays.
 */
@IntegrationTest
class RollupApiTest {

	private static final String NINGBO_ENTERPRISES = "/api/zones/ningbo/enterprises";

	private final Api api = new Api(IntegrationTest.PORT);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RollupUpkeep upkeep;

	@Autowired
	TenancyGuard tenancy;

	@Autowired
	RollupMapper rollups;

	@Autowired
	ZoneRollups zoneRollups;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aRegisteredAndASuspendedEnterpriseMoveTheZonesFiguresAfterTheirCommit() throws InterruptedException {
		String admin = Tokens.of("ningbo-admin");
		IntSupplier active = () -> api.get("/api/zones/ningbo/rollup", admin).body().get("figures")
			.get("activeEnterprises").asInt();
		int before = settled(active);

		Answer created = api.post(NINGBO_ENTERPRISES, admin, """
				{"creditCode":"%s","nameZh":"宁波汇总测试有限公司","kinds":["SELLER"],"customsModes":["9610"]}"""
			.formatted(CreditCodes.random()));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long took = waitFor(() -> active.getAsInt() == before + 1);
		Answer suspended = api.post(NINGBO_ENTERPRISES + "/" + created.body().get("id").asLong() + "/suspend", admin,
				"{\"version\":0}");
		assertThat(suspended.status()).isEqualTo(200);
		waitFor(() -> active.getAsInt() == before);

		assertThat(took).as("ms from the commit to the figure").isLessThan(5_000);
	}

	@Test
	void ministrySeesTheNationAndEveryZoneOnlyItsOwn() {
		String ministry = Tokens.of("ministry");
		Answer nation = api.get("/api/national/rollup", ministry);
		Answer zhejiang = api.get("/api/national/rollup?province=浙江省", ministry);
		Answer months = api.get("/api/national/rollup/months?months=12", ministry);

		assertThat(nation.status()).isEqualTo(200);
		assertThat(nation.body().get("zones").size()).isGreaterThanOrEqualTo(2);
		assertThat(nation.body().get("totals").get("activeEnterprises").asInt()).isPositive();
		assertThat(nation.body().get("totals").get("complianceRate").isNull()).isFalse();
		assertThat(zhejiang.body().get("zones").valueStream().map(zone -> zone.get("province").asString()))
			.containsOnly("浙江省");
		assertThat(months.status()).isEqualTo(200);
		assertThat(months.body().get(months.body().size() - 1).get("month").asString())
			.isEqualTo(YearMonth.from(zoneRollups.today()).toString());
		assertThat(api.get("/api/national/rollup/months?months=99", ministry).errorFields()).containsExactly("months");

		assertThat(api.get("/api/national/rollup", Tokens.of("ningbo-admin")).status()).isEqualTo(403);
		assertThat(api.get("/api/zones/ningbo/rollup", ministry).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/ningbo/rollup", Tokens.of("ningbo-admin")).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/ningbo/rollup", Tokens.of("hangzhou-admin")).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/ningbo/rollup", Tokens.of("ningbo-enterprise")).status()).isEqualTo(403);
	}

	@Test
	void aRebuildRunsEveryZoneToTheEndAndAgreesWithTheSource() throws InterruptedException {
		String ministry = Tokens.of("ministry");
		// one at a time: an earlier test's rebuild (the isolation matrix starts one) finishes first
		waitFor(() -> api.get("/api/national/rollup/rebuilds", ministry).body().valueStream()
			.allMatch(rebuild -> !rebuild.get("finishedAt").isNull()));
		Answer started = api.post("/api/national/rollup/rebuilds", ministry, "");
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		String progress = "/api/national/rollup/rebuilds/" + started.body().get("id").asLong();
		waitFor(() -> !api.get(progress, ministry).body().get("finishedAt").isNull());

		Answer finished = api.get(progress, ministry);
		assertThat(finished.body().get("zonesDone").asInt()).isEqualTo(finished.body().get("zonesTotal").asInt());
		assertThat(finished.body().get("zonesFailed").asInt()).isZero();
		var ningbo = tenancy.systemScope(jdbc.queryForObject("SELECT id FROM zone WHERE code = 'ningbo'", Long.class));
		assertThat(rollups.counters(ningbo).normalized())
			.isEqualTo(rollups.tallySource(ningbo, zoneRollups.today()).normalized());
	}

	@Test
	void aFrozenMonthKeepsItsFiguresWhateverHappensLater() {
		var ningbo = tenancy.systemScope(jdbc.queryForObject("SELECT id FROM zone WHERE code = 'ningbo'", Long.class));
		String lastMonth = YearMonth.from(zoneRollups.today()).minusMonths(1).toString();
		upkeep.freezeLastMonth(tenancy.systemNational());
		Integer frozen = jdbc.queryForObject(
				"SELECT active_enterprises FROM zone_rollup_month WHERE zone_id = ? AND month = ?", Integer.class,
				ningbo.zoneId(), lastMonth);

		jdbc.update("UPDATE zone_rollup SET active_enterprises = active_enterprises + 1000 WHERE zone_id = ?",
				ningbo.zoneId());
		try {
			upkeep.freezeLastMonth(tenancy.systemNational());
			assertThat(jdbc.queryForObject(
					"SELECT active_enterprises FROM zone_rollup_month WHERE zone_id = ? AND month = ?",
					Integer.class, ningbo.zoneId(), lastMonth)).isEqualTo(frozen);
		}
		finally {
			jdbc.update("UPDATE zone_rollup SET active_enterprises = active_enterprises - 1000 WHERE zone_id = ?",
					ningbo.zoneId());
		}
		var months = api.get("/api/zones/ningbo/rollup", Tokens.of("ningbo-admin")).body().get("months");
		assertThat(months.get(months.size() - 2).get("month").asString()).isEqualTo(lastMonth);
		assertThat(months.get(months.size() - 2).get("frozenAt").isNull()).isFalse();
		assertThat(months.get(months.size() - 1).get("frozenAt").isNull()).isTrue();
	}

	/**
	 * The demo data's programs (months confirmed) and special actions (reports, late measures) reach ningbo's
	 * dashboard, the national table and its totals — attainment a mean over the zones that have one, completion from
	 * the sums — and a rebuild from the source changes none of what their events made.
	 */
	@Test
	void programsAndActionsReachTheZonesDashboardTheTableAndTheTotals() throws InterruptedException {
		String ministry = Tokens.of("ministry");
		String admin = Tokens.of("ningbo-admin");
		waitFor(() -> api.get("/api/zones/ningbo/rollup", admin).body().get("figures").get("measuresAssigned")
			.asInt() > 0);
		var figures = api.get("/api/zones/ningbo/rollup", admin).body().get("figures");
		assertThat(figures.get("programsActive").asInt()).isPositive();
		assertThat(figures.get("kpiAttainment").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
		assertThat(figures.get("actionCompletion").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(
				figures.get("measuresDone").asInt()).divide(BigDecimal.valueOf(figures.get("measuresAssigned").asInt()),
						4, RoundingMode.HALF_UP));

		var nation = api.get("/api/national/rollup", ministry).body();
		List<JsonNode> counted = nation.get("zones").valueStream()
			.filter(zone -> List.of("APPROVED", "ACTIVE").contains(zone.get("status").asString()))
			.toList();
		var totals = nation.get("totals");
		assertThat(totals.get("measuresAssigned").asInt())
			.isEqualTo(counted.stream().mapToInt(zone -> zone.get("measuresAssigned").asInt()).sum());
		List<BigDecimal> attained = counted.stream()
			.filter(zone -> !zone.get("kpiAttainment").isNull())
			.map(zone -> zone.get("kpiAttainment").decimalValue())
			.toList();
		assertThat(totals.get("zonesWithAttainment").asInt()).isEqualTo(attained.size());
		assertThat(totals.get("kpiAttainment").decimalValue()).isEqualByComparingTo(attained.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(attained.size()), 4, RoundingMode.HALF_UP));
		assertThat(api.get("/api/national/rollup/months?months=2", ministry).body().get(1).get("figures")
			.get("measuresAssigned").asInt()).isEqualTo(totals.get("measuresAssigned").asInt());

		var ningbo = tenancy.systemScope(jdbc.queryForObject("SELECT id FROM zone WHERE code = 'ningbo'", Long.class));
		Activity byEvents = rollups.activity(ningbo).normalized();
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> zoneRollups.rebuild(ningbo));
		assertThat(rollups.activity(ningbo).normalized()).isEqualTo(byEvents);
	}

	/** The figure once it stops moving (the demo data's events may still be arriving). */
	private static int settled(IntSupplier figure) throws InterruptedException {
		int last = figure.getAsInt();
		for (int round = 0; round < 20; round++) {
			Thread.sleep(250);
			int now = figure.getAsInt();
			if (now == last) {
				return now;
			}
			last = now;
		}
		return last;
	}

	/** Polls until true; the milliseconds it took. */
	private static long waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long start = System.nanoTime();
		Duration limit = Duration.ofSeconds(30);
		while (!condition.getAsBoolean()) {
			if (Duration.ofNanos(System.nanoTime() - start).compareTo(limit) > 0) {
				throw new AssertionError("not within " + limit);
			}
			Thread.sleep(20);
		}
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
