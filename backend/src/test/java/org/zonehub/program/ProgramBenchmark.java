package org.zonehub.program;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (the build does not run it): a program of 1,000 enterprises × 24 months × 10 KPIs
 * (240,000 figures). Measures, in one run on the same machine: the import of those figures through the API
 * against a plain JDBC batch insert of the same rows into the same table; then the progress page's API under
 * {@code wrk -t1 -c8} against the one-row reference path {@code GET /api/zones/{zone}}.
 *
 * <pre>
 * apt-get install -y wrk
 * ./mvnw -B -ntp -pl backend test -Dtest=ProgramBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Results go to stdout and backend/target/benchmarks/program.txt, and are written down in docs/benchmarks.md.
 */
@IntegrationTest
class ProgramBenchmark {

	private static final int ENTERPRISES = 1_000;

	private static final int MONTHS = 24;

	private static final List<String> NATIONAL = List.of("ENTERPRISES_ONBOARDED", "ONLINE_SHOPS", "EXPORT_VALUE",
			"OWN_BRANDS", "INDEPENDENT_SITES", "OVERSEAS_WAREHOUSES", "OVERSEAS_WAREHOUSE_AREA", "TRAINING",
			"LIVESTREAMS");

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = Tokens.of("ningbo-admin");

	private final YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

	private final YearMonth first = last.minusMonths(MONTHS - 1);

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void importAndProgressUnderLoad() throws Exception {
		List<String> report = new ArrayList<>();
		String ownKpi = "Z_BENCH_" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(java.util.Locale.ROOT);
		assertThat(api.post("/api/zones/ningbo/kpis", admin, """
				{"code":"%s","nameZh":"境外展会参展数","nameEn":"Exhibitions abroad","unit":"COUNT","aggregation":"FLOW"}"""
			.formatted(ownKpi)).status()).isEqualTo(201);
		List<String> kpis = new ArrayList<>(NATIONAL);
		kpis.add(ownKpi);
		List<String[]> enterprises = seedEnterprises();
		long programId = program("基准产业带", kpis, enterprises);
		long referenceProgram = program("基准产业带（JDBC 参照）", kpis, List.of());

		// the same 240,000 rows for the API (a file) and for JDBC (parameters), values derived from the row
		Path csv = Files.createTempFile("figures", ".csv");
		long zoneId = jdbc.queryForObject("SELECT id FROM zone WHERE code = 'ningbo'", Long.class);
		Timestamp now = Timestamp.from(Instant.now());
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("统一社会信用代码,指标代码,月份,数值\n");
			for (int e = 0; e < enterprises.size(); e++) {
				for (int k = 0; k < kpis.size(); k++) {
					for (int month = 0; month < MONTHS; month++) {
						out.write(enterprises.get(e)[1] + "," + kpis.get(k) + "," + first.plusMonths(month) + ","
								+ value(e, k, month).toPlainString() + "\n");
					}
				}
			}
		}
		int rows = enterprises.size() * kpis.size() * MONTHS;
		report.add("figures: " + rows + " (" + ENTERPRISES + " enterprises x " + MONTHS + " months x " + kpis.size()
				+ " KPIs), file " + Files.size(csv) / 1024 + " KB");

		long started = System.nanoTime();
		Answer upload = api.multipart("/api/zones/ningbo/programs/" + programId + "/figure-imports", admin, "file",
				"figures.csv", csv);
		assertThat(upload.status()).as(upload.body().toString()).isEqualTo(202);
		long importId = upload.body().get("id").asLong();
		JsonNode job;
		do {
			Thread.sleep(500);
			job = api.get("/api/zones/ningbo/programs/" + programId + "/figure-imports/" + importId, admin).body();
		}
		while (job.get("status").asString().equals("QUEUED") || job.get("status").asString().equals("RUNNING"));
		double importSeconds = (System.nanoTime() - started) / 1e9;
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("createdCount").asInt()).isEqualTo(rows);

		started = System.nanoTime();
		List<Object[]> batch = new ArrayList<>(1_000);
		for (int e = 0; e < enterprises.size(); e++) {
			for (int k = 0; k < kpis.size(); k++) {
				for (int month = 0; month < MONTHS; month++) {
					batch.add(new Object[] { zoneId, referenceProgram, kpis.get(k), Long.parseLong(enterprises.get(e)[0]),
							first.plusMonths(month).toString(), value(e, k, month), now, now });
					if (batch.size() == 1_000) {
						insert(batch);
					}
				}
			}
		}
		insert(batch);
		double jdbcSeconds = (System.nanoTime() - started) / 1e9;
		report.add(String.format("import through the API: %.1f s, %.0f rows/s (upload to end)", importSeconds,
				rows / importSeconds));
		report.add(String.format("plain JDBC batch insert (1,000 a batch) into program_figure: %.1f s, %.0f rows/s",
				jdbcSeconds, rows / jdbcSeconds));
		report.add(String.format("import / JDBC: %.2f (target >= 0.5)", jdbcSeconds / importSeconds));

		String base = "http://127.0.0.1:" + IntegrationTest.PORT + "/api/zones/ningbo";
		Answer progress = api.get("/api/zones/ningbo/programs/" + programId + "/progress", admin);
		assertThat(progress.status()).isEqualTo(200);
		Path script = Files.createTempFile("p95", ".lua");
		Files.writeString(script, """
				done = function(summary, latency, requests)
				  io.write(string.format("p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f errors=%d\\n",
				    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
				    summary.requests / (summary.duration / 1e6),
				    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
				end
				""");
		String progressUrl = base + "/programs/" + programId + "/progress";
		wrk(progressUrl, script, 8, 10); // warm-up
		wrk(base, script, 8, 5);
		String progressResult = wrk(progressUrl, script, 8, 20);
		String referenceResult = wrk(base, script, 8, 20);
		report.add("progress (GET /programs/{id}/progress), wrk -t1 -c8 20 s: " + progressResult);
		report.add("reference (GET /api/zones/ningbo), wrk -t1 -c8 20 s: " + referenceResult);
		report.add(String.format("progress / reference requests/s: %.2f (target >= 0.5); progress p95 target < 50 ms",
				value(progressResult, "rps") / value(referenceResult, "rps")));
		report.forEach(System.out::println);
		Path out = Path.of("target/benchmarks/program.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	private void insert(List<Object[]> batch) {
		if (!batch.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO program_figure (zone_id, program_id, kpi_code, enterprise_id, month, value, source, revision,
					                            reported_by, reported_at, first_reported_at, late)
					VALUES (?, ?, ?, ?, ?, ?, 'IMPORT', 1, 'bench', ?, ?, FALSE)""", batch);
			batch.clear();
		}
	}

	private static BigDecimal value(int enterprise, int kpi, int month) {
		return BigDecimal.valueOf(((enterprise * 31L + kpi) * 37L + month) * 7919L % 1_000_000L, 2);
	}

	private static double value(String wrk, String key) {
		for (String part : wrk.split(" ")) {
			if (part.startsWith(key + "=")) {
				return Double.parseDouble(part.substring(key.length() + 1));
			}
		}
		return Double.NaN;
	}

	/** 1,000 active enterprises of ningbo (the demo ones and generated ones): id and credit code. */
	private List<String[]> seedEnterprises() {
		Timestamp now = Timestamp.from(Instant.now());
		int present = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE zone_id = (SELECT id FROM zone WHERE code = 'ningbo') AND status = 'ACTIVE'", Integer.class);
		List<Object[]> batch = new ArrayList<>();
		for (int index = present; index < ENTERPRISES; index++) {
			batch.add(new Object[] { CreditCodes.random(), "基准企业" + index, now, now });
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO enterprise (zone_id, credit_code, name_zh, kinds, customs_modes, status, created_by,
					                        created_at, updated_by, updated_at)
					SELECT id, ?, ?, 'SELLER', '9610', 'ACTIVE', 'bench', ?, 'bench', ? FROM zone WHERE code = 'ningbo'""",
					batch);
		}
		return jdbc.query("""
				SELECT id, credit_code FROM enterprise
				 WHERE zone_id = (SELECT id FROM zone WHERE code = 'ningbo') AND status = 'ACTIVE'
				 ORDER BY id LIMIT ?""", (rs, n) -> new String[] { rs.getString(1), rs.getString(2) }, ENTERPRISES);
	}

	private long program(String name, List<String> kpis, List<String[]> enterprises) {
		String kpiJson = kpis.stream()
			.map(code -> "{\"kpiCode\":\"%s\",\"reporter\":\"ENTERPRISE\",\"baseValue\":100,\"targetValue\":1000000}"
				.formatted(code))
			.collect(Collectors.joining(","));
		Answer created = api.post("/api/zones/ningbo/programs", admin, """
				{"nameZh":"%s","industry":"小家电","leadUnit":"宁波市商务局","startMonth":"%s","endMonth":"%s","kpis":[%s]}"""
			.formatted(name, first, last, kpiJson));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(api.post("/api/zones/ningbo/programs/" + id + "/activate", admin, "{\"version\":0}").status())
			.isEqualTo(200);
		if (!enterprises.isEmpty()) {
			Answer enrolled = api.post("/api/zones/ningbo/programs/" + id + "/enrolments", admin,
					"{\"month\":\"%s\",\"enterpriseIds\":[%s]}".formatted(first,
							enterprises.stream().map(e -> e[0]).collect(Collectors.joining(","))));
			assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(200);
		}
		return id;
	}

	private String wrk(String url, Path script, int connections, int seconds) throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "-s",
				script.toString(), "-H", "Authorization: Bearer " + admin, url)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor(seconds + 30L, TimeUnit.SECONDS);
		return output.lines().filter(line -> line.startsWith("p50_ms")).findFirst().orElse(output);
	}

}
