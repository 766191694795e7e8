package org.zonehub.enterprise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonehub.testing.Api;
import org.zonehub.testing.AppProcess;
import org.zonehub.testing.AppProcess.Signal;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.counts;
import static org.zonehub.enterprise.EnterpriseImportTest.sleep;

/**
 * An import outlives its process: killed (SIGKILL) while it runs, the next start resumes it after the sweeper found
 * the dead claim; stopped gracefully (SIGTERM), it is handed back and the next start resumes it at once. Either way
 * every row of the file lands once, and the counts add up. The application runs as a separate JVM
 * ({@link AppProcess}) on one data directory throughout.
 */
class ImportRestartTest {

	private static final String IMPORTS = "/api/zones/ningbo/enterprise-imports";

	private static final String ENTERPRISES = "/api/zones/ningbo/enterprises";

	private static final int ROWS = 50_000;

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/** Lost jobs are found within seconds once the restarted process runs (defaults: stale after 30 s, sweep 10 s). */
	private static final String[] FAST_SWEEPS = { "--zonehub.jobs.stale-after=PT15S",
			"--zonehub.jobs.sweep-interval=PT2S" };

	@TempDir
	Path dataDir;

	private final List<AppProcess> started = new ArrayList<>();

	@AfterEach
	void stopEverything() {
		started.forEach(AppProcess::close);
	}

	@Test
	void anImportKilledMidwayOrStoppedGracefullyIsResumedAfterTheRestartWithEveryRowOnce() throws IOException {
		KeycloakTestServer.ensureRunning();
		byte[] killedFile = ImportFiles.utf8Csv(ImportFiles.HEADER, ImportFiles.rows(ROWS, ImportFiles.fresh("宁波断电")));
		byte[] stoppedFile = ImportFiles.utf8Csv(ImportFiles.HEADER, ImportFiles.rows(ROWS, ImportFiles.fresh("宁波停机")));

		AppProcess first = start();
		Api api = first.api();
		String admin = token();
		long before = total(api, admin);
		long killed = upload(api, admin, killedFile, "killed.csv");
		JsonNode atKill = awaitCreated(api, admin, killed, 20_000);
		Instant killedAt = Instant.now();
		assertThat(first.stop(Signal.KILL)).isEqualTo(137);

		AppProcess second = start();
		Instant secondUp = Instant.now();
		api = second.api();
		admin = token();
		JsonNode resumed = awaitEnd(api, admin, killed);
		Instant resumedEnd = Instant.now();

		assertWholeFileImported(resumed);
		assertThat(total(api, admin)).as("enterprises in ningbo").isEqualTo(before + ROWS);

		long stopped = upload(api, admin, stoppedFile, "stopped.csv");
		JsonNode atStop = awaitCreated(api, admin, stopped, 10_000);
		assertThat(second.stop(Signal.TERM)).as(second.logTail()).isEqualTo(143);

		AppProcess third = start();
		Instant thirdUp = Instant.now();
		api = third.api();
		admin = token();
		JsonNode finished = awaitEnd(api, admin, stopped);
		Instant finishedEnd = Instant.now();

		assertWholeFileImported(finished);
		assertThat(total(api, admin)).as("enterprises in ningbo").isEqualTo(before + 2L * ROWS);
		String log = Files.readString(dataDir.resolve("app.log"));
		assertThat(occurrences(log, "lost its process")).as("jobs found lost: the killed one only").isEqualTo(1);
		assertThat(occurrences(log, "handed back to the queue for resume at shutdown")).as("jobs handed back at SIGTERM")
			.isEqualTo(1);
		assertThat(log).containsPattern("Import " + killed + " in zone ningbo: .*; resumed after row \\d+ of 50000")
			.containsPattern("Import " + stopped + " in zone ningbo: .*; resumed after row \\d+ of 50000");

		System.out.printf("kill: SIGKILL at %,d of %,d rows processed (%d created); restarted in %d s; the job ended"
				+ " %d s after the restart: %s%n", atKill.get("processedRows").asInt(), ROWS,
				atKill.get("createdCount").asInt(), Duration.between(killedAt, secondUp).toSeconds(),
				Duration.between(secondUp, resumedEnd).toSeconds(), counts(resumed));
		System.out.printf("term: SIGTERM at %,d rows processed; the job ended %d s after the restart: %s%n",
				atStop.get("processedRows").asInt(), Duration.between(thirdUp, finishedEnd).toSeconds(),
				counts(finished));
		System.out.printf("enterprises in ningbo: %,d before, %,d after%n", before, total(api, admin));
		log.lines()
			.filter(line -> line.contains("platform.jobs") || line.contains("Import " + killed + " ")
					|| line.contains("Import " + stopped + " "))
			.forEach(System.out::println);
	}

	/** Every row of the file, each counted once: all created (they were new), the counts adding up to the total. */
	private static void assertWholeFileImported(JsonNode job) {
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(counts(job)).as("total, processed, created, updated, unchanged, rejected, errors")
			.containsExactly(ROWS, ROWS, ROWS, 0, 0, 0, 0);
		assertThat(job.get("createdCount").asInt() + job.get("updatedCount").asInt() + job.get("unchangedCount").asInt()
				+ job.get("rejectedCount").asInt()).isEqualTo(job.get("totalRows").asInt());
		assertThat(job.get("failureCode").isNull()).isTrue();
	}

	private AppProcess start() {
		AppProcess app = AppProcess.start(dataDir, FAST_SWEEPS);
		started.add(app);
		return app.waitUntilHealthy(START_TIMEOUT);
	}

	private static String token() {
		return Tokens.fresh(KeycloakTestServer.TEST_CLIENT, "ningbo-admin", Tokens.DEMO_PASSWORD,
				KeycloakTestServer.REALM);
	}

	private static long upload(Api api, String admin, byte[] file, String name) {
		Api.Answer upload = api.multipart(IMPORTS, admin, "file", name, file);
		assertThat(upload.status()).as(upload.body().toString()).isEqualTo(202);
		return upload.body().get("id").asLong();
	}

	/** Waits until pass 2 has committed at least {@code created} new enterprises, and is still short of the end. */
	private static JsonNode awaitCreated(Api api, String admin, long id, int created) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (true) {
			JsonNode job = api.get(IMPORTS + "/" + id, admin).body();
			assertThat(job.get("status").asString()).as(job.toString()).isIn("QUEUED", "RUNNING");
			if (job.get("createdCount").asInt() >= created) {
				assertThat(job.get("processedRows").asInt()).as("still midway").isLessThan(ROWS);
				return job;
			}
			assertThat(Instant.now()).as("the import reaching pass 2").isBefore(deadline);
			sleep(20);
		}
	}

	private static JsonNode awaitEnd(Api api, String admin, long id) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (true) {
			JsonNode job = api.get(IMPORTS + "/" + id, admin).body();
			String status = job.get("status").asString();
			if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
				return job;
			}
			assertThat(Instant.now()).as("import still " + status).isBefore(deadline);
			sleep(200);
		}
	}

	private static long total(Api api, String admin) {
		return api.get(ENTERPRISES + "?size=1", admin).body().get("total").asLong();
	}

	private static int occurrences(String text, String phrase) {
		Matcher matcher = Pattern.compile(Pattern.quote(phrase)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
