package org.zonehub.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Files by content (evidence, import uploads): each blob lives at {@code <data-dir>/files/<sha[0..2]>/<sha>}, written
 * once and never changed. Uploads are staged in {@code files/tmp}, inside the same tree so the final move is an atomic
 * rename, and judged there before they are kept: evidence by {@link FileTypes}, other kinds by their feature.
 */
@Component
public class FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

	/** Decides, from the staged bytes, whether an upload is kept: its media type, or an exception to refuse it. */
	@FunctionalInterface
	public interface Judge {

		String mediaTypeOf(Path staged);

	}

	/** A stored blob as a file on this machine (see {@link #local}); closing it ends the loan. */
	public record LocalFile(Path path) implements AutoCloseable {

		@Override
		public void close() {
			// the local store lends the blob itself, which stays; a remote store's temporary copy would go here
		}

	}

	private final Path root;

	private final Path staging;

	public FileStore(@Value("${zonehub.data-dir}") String dataDir) {
		this.root = Path.of(dataDir, "files");
		this.staging = root.resolve("tmp");
	}

	/**
	 * Stores evidence: {@code content} unless it is empty, larger than {@code maxBytes} or none of the accepted kinds
	 * (each refused with a 400 naming {@code file}). The same content is stored once. The stream is read, not closed:
	 * its owner closes it.
	 */
	public StoredFile store(InputStream content, long maxBytes) {
		return store(content, maxBytes, staged -> FileTypes.detect(staged)
			.orElseThrow(() -> ApiProblem.invalid("file", ErrorCode.FILE_TYPE_NOT_ALLOWED)));
	}

	/**
	 * Stores a file whose kind only its feature can judge (an import's spreadsheet, whose columns matter): as
	 * {@link #store(InputStream, long)}, but {@code judge} reads the staged bytes and gives their media type, or
	 * throws to refuse them; a refused upload leaves nothing behind.
	 */
	public StoredFile store(InputStream content, long maxBytes, Judge judge) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
		}
		Path part;
		try {
			Files.createDirectories(staging);
			part = Files.createTempFile(staging, "upload-", ".part");
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException("Could not stage an upload under " + staging, unwritable);
		}
		try {
			MessageDigest digest = sha256();
			long size = copy(content, part, digest, maxBytes);
			if (size == 0) {
				throw ApiProblem.invalid("file", ErrorCode.FILE_EMPTY);
			}
			String mediaType = judge.mediaTypeOf(part);
			String sha = HexFormat.of().formatHex(digest.digest());
			place(part, blob(sha));
			return new StoredFile(sha, size, mediaType);
		}
		finally {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ignored) {
				// nothing more can be done here; the caller's outcome matters more than a stray part file
			}
		}
	}

	/**
	 * Opens a stored blob for reading; the caller closes it.
	 * @throws ApiProblem (404) if no blob has that hash, or if {@code sha256} is not 64 lower-case hex characters
	 * (such a name can name no blob, and a 404 is the safe answer when it came from a request)
	 */
	public InputStream open(String sha256) {
		try {
			return Files.newInputStream(pathOf(sha256));
		}
		catch (NoSuchFileException missing) {
			throw ApiProblem.notFound();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Could not read the file " + sha256, unreadable);
		}
	}

	/**
	 * A stored blob as a file on this machine, for readers that need one (POI reads an .xlsx by random access);
	 * close it when done, or empty if no blob has that hash. This is the seam for a store kept elsewhere (S3): it
	 * would download the blob to a temporary file here and delete that on close. This store lends the blob itself.
	 * @throws ApiProblem (404) if {@code sha256} is not 64 lower-case hex characters, as {@link #open} does
	 */
	public Optional<LocalFile> local(String sha256) {
		Path blob = blob(sha256);
		return Files.isRegularFile(blob) ? Optional.of(new LocalFile(blob)) : Optional.empty();
	}

	/**
	 * Where a blob with that hash lives (or would live); for tests and diagnostics.
	 * @throws ApiProblem (404) if {@code sha256} is not 64 lower-case hex characters, as {@link #open} does
	 */
	public Path pathOf(String sha256) {
		return blob(sha256);
	}

	// The one place a path is built from a name: only a well-formed hash gets this far.
	private Path blob(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw ApiProblem.notFound();
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** Copies while hashing; reads at most {@code maxBytes + 1} bytes, so an oversized upload is not read through. */
	private static long copy(InputStream content, Path part, MessageDigest digest, long maxBytes) {
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		try (OutputStream out = Files.newOutputStream(part)) {
			while (true) {
				int read = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size));
				if (read < 0) {
					return size;
				}
				size += read;
				if (size > maxBytes) {
					throw ApiProblem.invalid("file", ErrorCode.FILE_TOO_LARGE, megabytes(maxBytes));
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException("Could not receive the upload", failed);
		}
	}

	private static void place(Path part, Path blob) {
		try {
			if (Files.exists(blob)) {
				return;
			}
			Files.createDirectories(blob.getParent());
			Files.move(part, blob, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException sameContent) {
			// a concurrent upload of the same bytes won the race; its blob is ours too
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException("Could not store the file at " + blob, unwritable);
		}
	}

	/** The limit as people say it: whole megabytes when it is, else two decimals, rounded down so it stays true. */
	private static String megabytes(long bytes) {
		return BigDecimal.valueOf(bytes).divide(MEGABYTE, 2, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
