package org.zonehub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The real Keycloak the integration tests sign in against: the distribution Maven unpacked into target/, started
 * once per test JVM with the project's one realm file and a fresh database, on 127.0.0.1:18180. A Keycloak already
 * answering there is reused (handy while iterating: start it once by hand). Stopped when the JVM exits.
 *
 * <p>
 * The realm file has no client with password grants; this harness adds test-only clients through the admin API.
 */
public final class KeycloakTestServer {

	public static final int PORT = 18180;

	public static final String URL = "http://127.0.0.1:" + PORT;

	public static final String REALM = "zonehub";

	/** Public test client with password grants and the same client scopes as the web client. */
	public static final String TEST_CLIENT = "zonehub-test";

	/** Like {@link #TEST_CLIENT}, but its access tokens live five seconds, to test expiry. */
	public static final String SHORT_LIVED_CLIENT = "zonehub-test-short";

	/** The redirect URI of the test client's code flow (never actually served). */
	public static final String TEST_REDIRECT_URI = "http://127.0.0.1:18080/test-callback";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static Keycloak admin;

	/** The Keycloak this harness started; {@code null} when it reused one that was already running. */
	private static Process process;

	private KeycloakTestServer() {
	}

	public static synchronized void ensureRunning() {
		if (admin != null) {
			return;
		}
		if (!answers()) {
			start();
		}
		admin = KeycloakBuilder.builder()
			.serverUrl(URL)
			.realm("master")
			.clientId("admin-cli")
			.username("admin")
			.password("admin")
			.build();
		addTestClient(TEST_CLIENT, Map.of());
		addTestClient(SHORT_LIVED_CLIENT, Map.of("access.token.lifespan", "5"));
	}

	/** Admin access to the realm, for tests that check what provisioning did. */
	public static RealmResource realm() {
		ensureRunning();
		return admin.realm(REALM);
	}

	/** Whether this harness started Keycloak itself, so that a test may pause or stop it. */
	public static synchronized boolean controlled() {
		ensureRunning();
		return process != null && process.isAlive();
	}

	/** Freezes Keycloak (SIGSTOP): its port still accepts connections, nothing answers. A faithful "hung" Keycloak. */
	public static synchronized void pause() {
		signal("-STOP");
	}

	/** Lets a paused Keycloak run on (SIGCONT). */
	public static synchronized void resume() {
		signal("-CONT");
	}

	/** Stops Keycloak; {@link #restart()} starts it again on the same database. */
	public static synchronized void stop() {
		if (process == null) {
			return;
		}
		List<ProcessHandle> tree = new java.util.ArrayList<>(process.descendants().toList());
		tree.add(process.toHandle());
		stop(process);
		for (ProcessHandle member : tree) {
			try {
				member.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException stuck) {
				member.destroyForcibly();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Starts the stopped Keycloak again, keeping its database (users, clients). */
	public static synchronized void restart() {
		launch();
	}

	private static void signal(String signal) {
		if (process == null) {
			throw new IllegalStateException("Keycloak was not started by this harness");
		}
		List<String> command = new java.util.ArrayList<>(List.of("kill", signal, Long.toString(process.pid())));
		process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
		try {
			int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException(command + " exited with " + exit);
			}
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private static Path home() {
		return Path.of(System.getProperty("zonehub.keycloak.home", "target/keycloak/keycloak-26.5.6"));
	}

	private static void start() {
		Path home = home();
		Path realmFile = Path.of(System.getProperty("zonehub.realm.file", "../infra/keycloak/zonehub-realm.json"));
		try {
			deleteRecursively(home.resolve("data"));
			Files.createDirectories(home.resolve("data/import"));
			Files.copy(realmFile, home.resolve("data/import/zonehub-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException failure) {
			throw new IllegalStateException("Could not prepare Keycloak's data in " + home.toAbsolutePath(), failure);
		}
		launch();
	}

	private static void launch() {
		Path home = home();
		try {
			Path log = home.resolve("keycloak-test.log");
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + PORT, "--hostname=" + URL, "--import-realm")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
			Process started = builder.start();
			boolean first = process == null;
			process = started;
			if (first) {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					if (process != null) {
						stop(process);
					}
				}));
			}
			Instant deadline = Instant.now().plus(START_TIMEOUT);
			while (!answers()) {
				if (!started.isAlive()) {
					throw new IllegalStateException("Keycloak exited during start-up; see " + log.toAbsolutePath());
				}
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Keycloak did not start in " + START_TIMEOUT + "; see " + log);
				}
				Thread.sleep(500);
			}
		}
		catch (IOException failure) {
			throw new IllegalStateException("Could not start Keycloak from " + home.toAbsolutePath(), failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private static void stop(Process process) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
	}

	private static boolean answers() {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(URL + "/realms/" + REALM + "/.well-known/openid-configuration"))
				.timeout(Duration.ofSeconds(5))
				.build();
			return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void addTestClient(String clientId, Map<String, String> attributes) {
		RealmResource realm = admin.realm(REALM);
		if (!realm.clients().findByClientId(clientId).isEmpty()) {
			return;
		}
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(clientId);
		client.setPublicClient(true);
		client.setDirectAccessGrantsEnabled(true);
		client.setStandardFlowEnabled(true);
		client.setRedirectUris(List.of(TEST_REDIRECT_URI));
		client.setAttributes(attributes);
		client.setDefaultClientScopes(List.of("zonehub", "roles", "profile", "email", "basic", "acr", "web-origins"));
		try (Response response = realm.clients().create(client)) {
			if (response.getStatus() != 201) {
				throw new IllegalStateException("Could not create test client " + clientId + ": " + response.getStatus());
			}
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
