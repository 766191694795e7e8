package org.zonehub.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application as a separate JVM, the way it runs for real: its own process, so a test can stop it by a signal
 * or kill it mid-flight and start it again on the same data. It runs on 127.0.0.1:{@value #PORT} with the demo
 * profile, the test Keycloak and the data directory the test gives ({@code zonehub.data-dir}: the embedded
 * database under {@code db/}, the file store under {@code files/}), from this JVM's classpath without the test
 * classes (their components would join the application). Its output goes to {@code app.log} in the data directory,
 * appended across starts.
 *
 * <p>
 * {@link #close()} ends everything it started, also the database server a {@link Signal#KILL} left orphaned; use
 * try-with-resources (or close in {@code @AfterEach}) so a failing test leaves no process behind.
 */
public final class AppProcess implements AutoCloseable {

	public static final int PORT = 18081;

	/** How the JVM is stopped: as run-local.sh does (TERM), as Ctrl-C in a terminal does (INT), as a crash does. */
	public enum Signal {

		TERM, INT, KILL

	}

	private static final String MAIN_CLASS = "org.zonehub.ZoneHubApplication";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process jvm;

	private final Path log;

	/** Processes the JVM had started when it was killed (its mariadbd), which nothing else will stop now. */
	private final List<ProcessHandle> leftBehind = new ArrayList<>();

	private AppProcess(Process jvm, Path log) {
		this.jvm = jvm;
		this.log = log;
	}

	/** Starts the JVM; {@code extraArgs} are more application arguments ({@code --name=value}). */
	public static AppProcess start(Path dataDir, String... extraArgs) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", applicationClasspath(), MAIN_CLASS,
				"--server.address=127.0.0.1", "--server.port=" + PORT, "--spring.profiles.active=demo",
				"--zonehub.keycloak.url=" + KeycloakTestServer.URL, "--zonehub.data-dir=" + dataDir.toAbsolutePath()));
		command.addAll(Arrays.asList(extraArgs));
		try {
			Files.createDirectories(dataDir);
			Path log = dataDir.resolve("app.log");
			Process jvm = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.start();
			return new AppProcess(jvm, log);
		}
		catch (IOException failure) {
			throw new IllegalStateException("Could not start the application JVM", failure);
		}
	}

	/** Waits until {@code /actuator/health} answers UP: after start-up, including the demo seeding. */
	public AppProcess waitUntilHealthy(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (true) {
			if (!jvm.isAlive()) {
				throw new IllegalStateException("The application exited (" + jvm.exitValue() + ") during start-up:\n"
						+ logTail());
			}
			try {
				HttpResponse<String> answer = PROBE.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(interrupted);
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(
						"The application was not healthy within " + timeout + ":\n" + logTail());
			}
			sleep(Duration.ofMillis(500));
		}
	}

	/**
	 * Sends {@code signal} to the JVM alone (not its children) and waits for it to exit; returns its exit status.
	 * After {@link Signal#KILL} the JVM's own children (the embedded database) are left running, as after a crash.
	 */
	public int stop(Signal signal) {
		if (signal == Signal.KILL) {
			jvm.descendants().forEach(leftBehind::add);
		}
		try {
			int sent = new ProcessBuilder("kill", "-" + signal.name(), Long.toString(jvm.pid())).inheritIO()
				.start()
				.waitFor();
			if (sent != 0) {
				throw new IllegalStateException("kill -" + signal + " " + jvm.pid() + " failed: " + sent);
			}
			if (!jvm.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				throw new IllegalStateException("The application did not exit within " + STOP_TIMEOUT + " of SIG"
						+ signal + ":\n" + logTail());
			}
			return jvm.exitValue();
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	public long pid() {
		return jvm.pid();
	}

	public int port() {
		return PORT;
	}

	public Api api() {
		return new Api(PORT);
	}

	/** The embedded database server the JVM runs, while it runs one. */
	public Optional<ProcessHandle> databaseServer() {
		return jvm.children()
			.filter(child -> child.info().command().filter(command -> command.endsWith("/mariadbd")).isPresent())
			.findFirst();
	}

	/** Alive and not a zombie (which {@link ProcessHandle#isAlive()} counts as alive, though it holds nothing). */
	public static boolean isRunning(ProcessHandle process) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			return process.isAlive() && stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
		}
		catch (IOException gone) {
			return false;
		}
	}

	/** The end of the application's log, for failure messages. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return lines.subList(Math.max(0, lines.size() - 60), lines.size())
				.stream()
				.collect(Collectors.joining("\n"));
		}
		catch (IOException unreadable) {
			return "(no log at " + log + ")";
		}
	}

	/** Stops the JVM if it still runs (SIGTERM, then SIGKILL) and whatever a kill left behind. */
	@Override
	public void close() {
		List<ProcessHandle> remaining = new ArrayList<>(leftBehind);
		if (jvm.isAlive()) {
			remaining.addAll(jvm.descendants().toList());
			jvm.destroy();
			try {
				if (!jvm.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
					jvm.destroyForcibly().waitFor();
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				jvm.destroyForcibly();
			}
		}
		for (ProcessHandle process : remaining) {
			process.destroy();
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (remaining.stream().anyMatch(AppProcess::isRunning) && Instant.now().isBefore(deadline)) {
			sleep(Duration.ofMillis(200));
		}
		remaining.forEach(ProcessHandle::destroyForcibly);
	}

	private static String applicationClasspath() {
		// surefire runs tests from a manifest-only jar; the real classpath is in this property
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(File.pathSeparator))
			.filter(entry -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
