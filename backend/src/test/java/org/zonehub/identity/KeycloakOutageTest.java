package org.zonehub.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.UserRepresentation;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.AppProcess;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Keycloak paused (SIGSTOP: it accepts connections and never answers) and stopped, in the middle of the
 * test run: every call that needs it answers a 503 problem within 10 s and leaves nothing half-made, signed-in
 * users whose keys are cached keep working, and a backend that starts while Keycloak is down answers 503 (not 500)
 * until it is back.
 */
@IntegrationTest
class KeycloakOutageTest {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private final Api api = new Api(IntegrationTest.PORT);

	@TempDir
	Path dataDir;

	@AfterEach
	void keycloakRunsAgain() {
		if (KeycloakTestServer.controlled()) {
			KeycloakTestServer.resume();
		}
	}

	@Test
	void aHungKeycloakGivesQuick503sChangesNothingAndSignedInUsersReadOn() {
		assumeTrue(KeycloakTestServer.controlled(), "needs the Keycloak this test run started");
		String admin = Tokens.of("ningbo-admin");
		EnterpriseUser user = EnterpriseUsers.create(api, "ningbo", "停摆测试贸易有限公司");
		String enterprise = "/api/zones/ningbo/enterprises/" + user.enterpriseId();
		assertThat(api.get(enterprise, admin).status()).isEqualTo(200); // keys cached
		int version = api.get(enterprise, admin).body().get("version").asInt();

		KeycloakTestServer.pause();
		Answer invite = timed("invite", () -> api.post(enterprise + "/users", admin,
				"{\"email\":\"hung-invite@example.cn\",\"firstName\":\"停\",\"lastName\":\"摆\"}"));
		Answer suspend = timed("suspend",
				() -> api.post(enterprise + "/suspend", admin, "{\"version\":%d}".formatted(version)));
		Answer read = timed("read", () -> api.get("/api/zones/ningbo/enterprises?size=5", admin));
		Answer accounts = timed("accounts", () -> api.get(enterprise + "/users", admin));
		KeycloakTestServer.resume();

		for (Answer refused : List.of(invite, suspend, accounts)) {
			assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.field("code")).isEqualTo("identity-unavailable");
		}
		assertThat(read.status()).as("a signed-in user with cached keys reads on").isEqualTo(200);
		// nothing half-made: the enterprise is as it was, its account enabled, no new account in Keycloak
		assertThat(api.get(enterprise, admin).body().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(api.get(enterprise, admin).body().get("version").asInt()).isEqualTo(version);
		assertThat(KeycloakTestServer.realm().users().search(user.email(), true))
			.extracting(UserRepresentation::isEnabled)
			.containsExactly(true);
		assertThat(KeycloakTestServer.realm().users().search("hung-invite@example.cn", true)).isEmpty();
		Answer bound = api.get(enterprise + "/users", admin);
		assertThat(bound.status()).isEqualTo(200);
		assertThat(bound.body().valueStream().map(account -> account.get("username").asString()))
			.containsExactly(user.email());
	}

	@Test
	void aStoppedKeycloakGives503sAndABackendStartedMeanwhileAnswers503UntilItIsBack() {
		assumeTrue(KeycloakTestServer.controlled(), "needs the Keycloak this test run started");
		String admin = Tokens.of("ningbo-admin");
		String ministry = Tokens.of("ministry");
		KeycloakTestServer.stop();
		try (AppProcess fresh = AppProcess.start(dataDir)) {
			fresh.waitUntilHealthy(Duration.ofMinutes(3)); // start-up does not wait for Keycloak

			Answer noKeys = timed("fresh backend, no keys", () -> fresh.api().get("/api/zones/ningbo", admin));
			Answer invite = timed("invite", () -> api.post("/api/zones/ningbo/enterprises/1/users", admin,
					"{\"email\":\"stopped-invite@example.cn\",\"firstName\":\"停\",\"lastName\":\"止\"}"));
			Answer reconcile = timed("reconcile", () -> api.post("/api/national/identity/reconciliation", ministry, ""));

			assertThat(noKeys.status()).as(noKeys.body().toString()).isEqualTo(503);
			assertThat(noKeys.field("code")).isEqualTo("sign-in-keys-unavailable");
			assertThat(noKeys.contentType()).startsWith("application/problem+json");
			assertThat(invite.status()).isEqualTo(503);
			assertThat(reconcile.status()).isEqualTo(503);

			KeycloakTestServer.restart();
			assertThat(fresh.api().get("/api/zones/ningbo", admin).status()).as("keys fetched once Keycloak is back")
				.isEqualTo(200);
		}
		finally {
			if (!KeycloakTestServer.controlled()) {
				KeycloakTestServer.restart();
			}
		}
	}

	private static Answer timed(String what, Supplier<Answer> call) {
		long start = System.nanoTime();
		Answer answer = call.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("Keycloak outage: %s answered %d in %d ms%n", what, answer.status(), took.toMillis());
		assertThat(took).as(what + " took " + took).isLessThan(DEADLINE);
		return answer;
	}

}
