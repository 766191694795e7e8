package org.zonehub.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zonehub.testing.ActionFixtures;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (the build does not run it): launching a national action of 50 measures to 200 zones
 * (10,000 assignments), then its completion matrix under {@code wrk -t1 -c8}, beside the one-row reference path
 * {@code GET /api/zones/{zone}} in the same run.
 *
 * <pre>
 * apt-get install -y wrk
 * ./mvnw -B -ntp -pl backend test -Dtest=ActionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Results are written down in docs/benchmarks.md.
 */
@IntegrationTest
class ActionBenchmark {

	private static final int ZONES = 200;

	private static final int MEASURES = 50;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void launchAndMatrixUnderLoad() throws Exception {
		List<String> zones = seedZones();
		Api api = new Api(IntegrationTest.PORT);
		String ministry = Tokens.of("ministry");
		List<Long> launches = new ArrayList<>();
		long actionId = 0;
		for (int round = 0; round < 3; round++) {
			Answer created = api.post("/api/national/actions", ministry, ActionFixtures.actionJson(
					"基准行动" + round + "-" + System.nanoTime(), zones, ActionFixtures.measures(MEASURES), null));
			assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
			actionId = created.body().get("id").asLong();
			long started = System.nanoTime();
			Answer launched = api.post("/api/national/actions/" + actionId + "/launch", ministry,
					"{\"version\":%d}".formatted(created.body().get("version").asInt()));
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			assertThat(launched.status()).as(launched.body().toString()).isEqualTo(200);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_assignment WHERE action_id = ?", Long.class,
					actionId)).isEqualTo((long) ZONES * MEASURES);
			launches.add(millis);
		}
		System.out.println("BENCH launch of " + MEASURES + " measures to " + ZONES + " zones (" + ZONES * MEASURES
				+ " assignments), HTTP round trip ms: " + launches);

		Path script = Files.createTempFile("p95", ".lua");
		Files.writeString(script, """
				done = function(summary, latency, requests)
				  io.write(string.format("p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f errors=%d\\n",
				    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
				    summary.requests / (summary.duration / 1e6),
				    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
				end
				""");
		String base = "http://127.0.0.1:" + IntegrationTest.PORT;
		String matrix = base + "/api/national/actions/" + actionId + "/completion";
		String reference = base + "/api/zones/ningbo";
		Answer sample = api.get("/api/national/actions/" + actionId + "/completion", ministry);
		assertThat(sample.status()).isEqualTo(200);
		assertThat(sample.body().get("assigned").asInt()).isEqualTo(ZONES * MEASURES);
		// one request at a time first: what a request costs without queueing behind the others
		List<Long> single = new ArrayList<>();
		for (int index = 0; index < 20; index++) {
			long started = System.nanoTime();
			assertThat(api.get("/api/national/actions/" + actionId + "/completion", ministry).status()).isEqualTo(200);
			single.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
		System.out.println("BENCH completion matrix one at a time, ms: " + single + ", body "
				+ sample.body().toString().length() / 1024 + " KB");
		wrk(ministry, matrix, script, 8, 10); // warm-up
		wrk(ministry, reference, script, 8, 5);
		for (int round = 0; round < 2; round++) {
			System.out.println("BENCH completion matrix (" + ZONES + " x " + MEASURES + "), c8: "
					+ wrk(ministry, matrix, script, 8, 15));
			System.out.println("BENCH reference GET /api/zones/ningbo, c8: " + wrk(ministry, reference, script, 8, 15));
		}
	}

	private List<String> seedZones() {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int index = 1; index <= ZONES; index++) {
			String code = "bench-z%03d".formatted(index);
			codes.add(code);
			rows.add(new Object[] { code, "中国（基准" + index + "）跨境电子商务综合试验区",
					"China (Bench " + index + ") Cross-border E-commerce Comprehensive Pilot Zone",
					index % 2 == 0 ? "浙江省" : "广东省", now, now });
		}
		jdbc.batchUpdate("""
				INSERT IGNORE INTO zone (code, name_zh, name_en, province, batch, approved_on, status, created_at,
				                         updated_at, version)
				VALUES (?, ?, ?, ?, 8, '2025-01-01', 'ACTIVE', ?, ?, 0)""", rows);
		return codes;
	}

	private static String wrk(String token, String url, Path script, int connections, int seconds)
			throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "-s",
				script.toString(), "-H", "Authorization: Bearer " + token, url)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor(seconds + 30L, TimeUnit.SECONDS);
		return output.lines().filter(line -> line.startsWith("p50_ms")).findFirst().orElse(output);
	}

}
