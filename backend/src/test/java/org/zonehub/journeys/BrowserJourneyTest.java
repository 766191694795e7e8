package org.zonehub.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Playwright journeys in {@code frontend/e2e} (Debian's Chromium, driven by playwright-core under Node's
 * test runner) against this running backend, which serves the built app, and the real Keycloak login page.
 * Screenshots land in {@code backend/target/e2e}.
 */
@IntegrationTest
class BrowserJourneyTest {

	@Test
	void browserJourneysPass() throws IOException, InterruptedException {
		KeycloakTestServer.ensureRunning();
		Path frontend = Path.of(System.getProperty("zonehub.frontend.dir", "../frontend")).toAbsolutePath().normalize();
		Path screenshots = Path.of("target/e2e").toAbsolutePath();
		Files.createDirectories(screenshots);
		Path output = screenshots.resolve("node-test-output.txt");

		ProcessBuilder node = new ProcessBuilder(frontend.resolve("node/node").toString(), "--test",
				"--test-reporter=spec", "e2e/")
			.directory(frontend.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		node.environment().put("BASE_URL", "http://127.0.0.1:" + IntegrationTest.PORT + "/");
		node.environment().put("SCREENSHOT_DIR", screenshots.toString());
		Process run = node.start();
		boolean finished = run.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			run.descendants().forEach(ProcessHandle::destroy);
			run.destroyForcibly();
		}
		String log = Files.readString(output);
		System.out.println(log);

		assertThat(finished).as("browser journeys finished in time").isTrue();
		assertThat(run.exitValue()).as("browser journeys:\n" + log).isZero();
		assertThat(screenshots.resolve("zone-admin-home.png")).exists();
	}

}
