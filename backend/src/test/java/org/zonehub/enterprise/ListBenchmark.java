package org.zonehub.enterprise;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

/**
 * Benchmark, not a test (the build does not run it): the registry list with 50,000 enterprises in one zone
 * (name search + kind and status filter + a page of 20), with a real token, loaded by wrk on loopback.
 *
 * <pre>
 * apt-get install -y wrk
 * ./mvnw -pl backend -am verify -Dtest=ListBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Results are written down in docs/benchmarks.md.
 */
@IntegrationTest
class ListBenchmark {

	private static final String ZONE = "benchlist";

	private static final int ENTERPRISES = 50_000;

	private static final String USER = "benchlist-admin";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listUnderLoad() throws Exception {
		long zoneId = seed();
		String token = token();
		String base = "http://127.0.0.1:" + IntegrationTest.PORT + "/api/zones/" + ZONE;
		// the case (search + filter + page of 20), then two references to see where the time goes
		Map<String, String> scenarios = new java.util.LinkedHashMap<>();
		scenarios.put("search+filter", base + "/enterprises?name=" + URLEncoder.encode("家电", StandardCharsets.UTF_8)
				+ "&kind=SELLER&status=ACTIVE&size=20&sort=nameZh,asc");
		scenarios.put("filter only", base + "/enterprises?status=ACTIVE&size=20&sort=nameZh,asc");
		scenarios.put("zone read (no list)", base);
		Path script = Files.createTempFile("p95", ".lua");
		Files.writeString(script, """
				done = function(summary, latency, requests)
				  io.write(string.format("p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f errors=%d\\n",
				    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
				    summary.requests / (summary.duration / 1e6),
				    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
				end
				""");
		System.out.println("zone " + zoneId + ", " + ENTERPRISES + " enterprises");
		for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
			wrk(token, scenario.getValue(), script, 16, 10); // warm-up: JIT, connection pool, buffer pool
			for (int connections : new int[] { 8, 32 }) {
				System.out.println(scenario.getKey() + ", connections=" + connections + ": "
						+ wrk(token, scenario.getValue(), script, connections, 15));
			}
		}
	}

	private String wrk(String token, String url, Path script, int connections, int seconds)
			throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "-s",
				script.toString(), "-H", "Authorization: Bearer " + token, url)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor(seconds + 30L, TimeUnit.SECONDS);
		return output.lines().filter(line -> line.startsWith("p50_ms")).findFirst().orElse(output);
	}

	private long seed() {
		Instant now = Instant.now();
		jdbc.update("""
				INSERT IGNORE INTO zone (code, name_zh, name_en, province, batch, approved_on, status, created_at,
				                         updated_at, version)
				VALUES (?, '基准测试综试区', 'Benchmark Zone', '浙江省', 8, '2025-01-01', 'ACTIVE', ?, ?, 0)""", ZONE,
				Timestamp.from(now), Timestamp.from(now));
		long zoneId = jdbc.queryForObject("SELECT id FROM zone WHERE code = ?", Long.class, ZONE);
		Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE zone_id = ?", Integer.class,
				zoneId);
		DemoEnterprises.Division division = new DemoEnterprises.Division("宁波", "Ningbo", "330200", List.of("北仑区"));
		DemoEnterprises generator = new DemoEnterprises(null, null, java.time.Clock.systemUTC(), null);
		List<Object[]> batch = new ArrayList<>();
		for (int index = present; index < ENTERPRISES; index++) {
			EnterpriseRow row = generator.generate(division, index + 1_000_000);
			batch.add(new Object[] { zoneId, row.creditCode(), row.nameZh() + index, row.kinds(), row.customsModes(),
					row.district(), row.status().name(), Timestamp.from(now), Timestamp.from(now) });
			if (batch.size() == 1_000 || index == ENTERPRISES - 1) {
				jdbc.batchUpdate("""
						INSERT IGNORE INTO enterprise (zone_id, credit_code, name_zh, kinds, customs_modes, district,
						                               status, created_by, created_at, updated_by, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench', ?)""", batch);
				batch.clear();
			}
		}
		return zoneId;
	}

	private static String token() {
		var users = KeycloakTestServer.realm().users();
		if (users.search(USER, true).isEmpty()) {
			UserRepresentation user = new UserRepresentation();
			user.setUsername(USER);
			user.setEmail(USER + "@example.cn");
			user.setFirstName("基准");
			user.setLastName("测试");
			user.setEnabled(true);
			user.setEmailVerified(true);
			user.setAttributes(Map.of("zone", List.of(ZONE)));
			CredentialRepresentation password = new CredentialRepresentation();
			password.setType(CredentialRepresentation.PASSWORD);
			password.setValue("bench");
			password.setTemporary(false);
			user.setCredentials(List.of(password));
			try (Response created = users.create(user)) {
				String id = org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(created);
				RoleRepresentation role = KeycloakTestServer.realm().roles().get("zone-admin").toRepresentation();
				users.get(id).roles().realmLevel().add(List.of(role));
			}
		}
		return Tokens.fresh(KeycloakTestServer.TEST_CLIENT, USER, "bench", KeycloakTestServer.REALM);
	}

}
