package org.zonehub.enterprise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseImportTest.sleep;
import static org.zonehub.enterprise.EnterpriseImportTest.token;

/** Imports queue per zone: one runs per zone at a time, and a busy zone never holds up another. */
@IntegrationTest
class ImportQueueTest {

	private static final String NINGBO = "/api/zones/ningbo/enterprise-imports";

	private static final String HANGZHOU = "/api/zones/hangzhou/enterprise-imports";

	private static final int BIG = 10_000;

	private final Api api = new Api(IntegrationTest.PORT);

	private final String ningboAdmin = token("ningbo-admin");

	private final String hangzhouAdmin = token("hangzhou-admin");

	@Test
	void anotherZonesImportStartsWithinFiveSecondsWhileOneZoneHasFiveQueued() {
		List<byte[]> bigFiles = new ArrayList<>();
		for (int file = 0; file < 5; file++) {
			bigFiles.add(ImportFiles.utf8Csv(ImportFiles.HEADER, ImportFiles.rows(BIG, ImportFiles.fresh("宁波排队" + file + "号"))));
		}
		byte[] small = ImportFiles.utf8Csv(ImportFiles.HEADER,
				List.of(ImportFiles.row(CreditCodes.random(), "杭州插队一有限公司"),
						ImportFiles.row(CreditCodes.random(), "杭州插队二有限公司")));
		List<Long> ningbo = new ArrayList<>();
		for (byte[] file : bigFiles) {
			ningbo.add(upload(NINGBO, ningboAdmin, file));
		}

		Instant uploaded = Instant.now();
		long hangzhou = upload(HANGZHOU, hangzhouAdmin, small);
		while (status(HANGZHOU, hangzhouAdmin, hangzhou).equals("QUEUED")) {
			assertThat(Duration.between(uploaded, Instant.now())).as("hangzhou's import still queued")
				.isLessThan(Duration.ofSeconds(30));
			sleep(50);
		}
		Duration waited = Duration.between(uploaded, Instant.now());
		Map<String, Long> ningboMeanwhile = statuses(ningbo);

		assertThat(waited).as("hangzhou's import waited").isLessThan(Duration.ofSeconds(5));
		assertThat(ningboMeanwhile.getOrDefault("RUNNING", 0L)).isLessThanOrEqualTo(1);
		assertThat(ningboMeanwhile.getOrDefault("QUEUED", 0L)).as("ningbo's imports still queued").isGreaterThanOrEqualTo(4);

		// ningbo's five run one after another, never two at once
		Instant draining = Instant.now();
		long mostRunning = 0;
		Map<String, Long> now = statuses(ningbo);
		while (now.getOrDefault("SUCCEEDED", 0L) + now.getOrDefault("FAILED", 0L) < ningbo.size()) {
			mostRunning = Math.max(mostRunning, now.getOrDefault("RUNNING", 0L));
			assertThat(Duration.between(draining, Instant.now())).as("ningbo's queue draining")
				.isLessThan(Duration.ofMinutes(4));
			sleep(100);
			now = statuses(ningbo);
		}
		assertThat(mostRunning).isEqualTo(1);
		for (long id : ningbo) {
			JsonNode job = api.get(NINGBO + "/" + id, ningboAdmin).body();
			assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
			assertThat(job.get("createdCount").asInt()).isEqualTo(BIG);
		}
		assertThat(status(HANGZHOU, hangzhouAdmin, hangzhou)).isEqualTo("SUCCEEDED");
		System.out.printf("queue: hangzhou's import started %d ms after its upload, while ningbo had %s; ningbo's "
				+ "five imports of %,d rows drained in %d s, at most %d running%n", waited.toMillis(), ningboMeanwhile,
				BIG, Duration.between(draining, Instant.now()).toSeconds(), mostRunning);
	}

	private long upload(String imports, String token, byte[] file) {
		Answer upload = api.multipart(imports, token, "file", "enterprises.csv", file);
		assertThat(upload.status()).as(upload.body().toString()).isEqualTo(202);
		return upload.body().get("id").asLong();
	}

	private String status(String imports, String token, long id) {
		return api.get(imports + "/" + id, token).body().get("status").asString();
	}

	private Map<String, Long> statuses(List<Long> ids) {
		return ids.stream()
			.map(id -> status(NINGBO, ningboAdmin, id))
			.collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
	}

}
