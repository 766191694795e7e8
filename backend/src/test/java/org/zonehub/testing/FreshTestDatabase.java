package org.zonehub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every test run starts from an empty database (the embedded MariaDB's data under target/test-db), as it starts
 * from a fresh Keycloak: nothing an earlier or aborted run left behind can change the outcome.
 */
public class FreshTestDatabase implements LauncherSessionListener {

	static final Path DATA = Path.of("target/test-db/data");

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!Files.exists(DATA)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(DATA)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not empty " + DATA.toAbsolutePath(), failure);
		}
	}

}
