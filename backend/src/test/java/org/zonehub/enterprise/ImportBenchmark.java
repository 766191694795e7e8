package org.zonehub.enterprise;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.IMPORTS;
import static org.zonehub.enterprise.EnterpriseImportTest.token;

/**
 * The import benchmark of issue 3: 50,000 generated rows (an .xlsx with a shared-strings table, as Excel writes
 * it) uploaded over HTTP with a real token into the real database, then the same file again. Reports rows per
 * second (the job's own start-to-end time, and the wall time from upload to the end seen by polling) and the heap:
 * the largest used heap sampled every 10 ms while the job runs, and the JVM's maximum heap.
 *
 * <p>
 * Not a test (its name does not end in Test), so the normal build skips it. Run it alone, in a JVM whose heap is
 * capped at 256 MB to show the import stays inside it (the whole backend runs in that JVM):
 *
 * <pre>
 * cd backend
 * mvn -B -ntp test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 * </pre>
 *
 * Results are printed and written to {@code target/benchmarks/import.txt}; {@code docs/benchmarks.md} keeps the
 * numbers measured on the project's machine. Options: {@code -Dbenchmark.rows=50000}.
 */
@IntegrationTest
class ImportBenchmark {

	/**
	 * {@code -Dbenchmark.jdbc-tuning=true} measures what connection settings would give: no TLS on the loopback
	 * connection to the embedded database, and Connector/J's cache of parsed statements (it otherwise parses the
	 * SQL text of every statement it prepares).
	 */
	@TestConfiguration
	static class JdbcTuning {

		static final String SETTINGS = "&sslMode=DISABLED&cachePrepStmts=true&prepStmtCacheSize=256"
				+ "&prepStmtCacheSqlLimit=65536";

		@Bean
		@ConditionalOnProperty(name = "benchmark.jdbc-tuning", havingValue = "true")
		static BeanPostProcessor tunedJdbcUrl() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof HikariDataSource pool && !pool.getJdbcUrl().contains("cachePrepStmts")) {
						pool.setJdbcUrl(pool.getJdbcUrl() + SETTINGS);
					}
					return bean;
				}

			};
		}

	}

	private static final int ROWS = Integer.getInteger("benchmark.rows", 50_000);

	private final Api api = new Api(IntegrationTest.PORT);

	@Test
	void importFiftyThousandRows() throws IOException {
		String admin = token("ningbo-admin");
		String marker = "基准" + UUID.randomUUID().toString().substring(0, 6);
		long generating = System.nanoTime();
		byte[] file = ImportFiles.xlsx(ImportFiles.HEADER, ImportFiles.rows(ROWS,
				i -> ImportFiles.row(CreditCodes.random(), marker + "企业" + i + "有限公司")));
		long generatedMillis = (System.nanoTime() - generating) / 1_000_000;

		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "file: %,d data rows, .xlsx %,d bytes (generated in %,d ms)", ROWS,
				file.length, generatedMillis));
		report.add("jdbc tuning: " + (Boolean.getBoolean("benchmark.jdbc-tuning") ? JdbcTuning.SETTINGS : "none"));
		report.add(String.format(Locale.ROOT, "jvm: %s %s, %d cpus, max heap %,d MB", System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		JsonNode first = measure("first import (all rows new)", file, admin, report);
		JsonNode again = measure("same file again (all rows unchanged)", file, admin, report);

		Path out = Path.of("target/benchmarks/import.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		report.forEach(System.out::println);

		assertThat(first.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(first.get("createdCount").asInt()).isEqualTo(ROWS);
		assertThat(again.get("unchangedCount").asInt()).isEqualTo(ROWS);
	}

	private JsonNode measure(String label, byte[] file, String admin, List<String> report) {
		System.gc();
		long baseline = usedHeap();
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(usedHeap(), Math::max);
				EnterpriseImportTest.sleep(10);
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();

		Instant uploaded = Instant.now();
		Answer upload = api.multipart(IMPORTS, admin, "file", "benchmark.xlsx", file);
		assertThat(upload.status()).as(upload.body().toString()).isEqualTo(202);
		String path = IMPORTS + "/" + upload.body().get("id").asLong();
		JsonNode job;
		while (true) {
			job = api.get(path, admin).body();
			String status = job.get("status").asString();
			if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
				break;
			}
			assertThat(Duration.between(uploaded, Instant.now())).isLessThan(Duration.ofMinutes(10));
			EnterpriseImportTest.sleep(100);
		}
		Duration wall = Duration.between(uploaded, Instant.now());
		running.set(false);
		long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

		Duration server = Duration.between(Instant.parse(job.get("startedAt").asString()),
				Instant.parse(job.get("finishedAt").asString()));
		int rows = job.get("totalRows").asInt();
		report.add(String.format(Locale.ROOT,
				"%s: %s, %,d rows (%d created, %d updated, %d unchanged, %d rejected)%n"
						+ "  job time %,d ms = %,.0f rows/s; wall time from upload %,d ms = %,.0f rows/s%n"
						+ "  heap used: %,d MB before, sampled peak %,d MB (sum of pool peaks %,d MB), max heap %,d MB",
				label, job.get("status").asString(), rows, job.get("createdCount").asInt(),
				job.get("updatedCount").asInt(), job.get("unchangedCount").asInt(), job.get("rejectedCount").asInt(),
				server.toMillis(), rows * 1000.0 / Math.max(1, server.toMillis()), wall.toMillis(),
				rows * 1000.0 / Math.max(1, wall.toMillis()), baseline / MB, peak.get() / MB, poolPeaks / MB,
				Runtime.getRuntime().maxMemory() / MB));
		return job;
	}

	private static final long MB = 1024 * 1024;

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
