package org.zonehub.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Evidence is stored once per content, under its hash; refused uploads leave nothing behind. */
class FileStoreTest {

	private static final long ONE_MB = 1024 * 1024;

	@TempDir
	Path dataDir;

	private FileStore store;

	@BeforeEach
	void openStore() {
		store = new FileStore(dataDir.toString());
	}

	@Test
	void storingReturnsTheHashSizeAndJudgedType() throws Exception {
		StoredFile stored = store.store(stream(FileTypesTest.MINIMAL_PDF), ONE_MB);

		assertThat(stored).isEqualTo(new StoredFile(sha256(FileTypesTest.MINIMAL_PDF),
				FileTypesTest.MINIMAL_PDF.length, "application/pdf"));
		assertThat(store.pathOf(stored.sha256()))
			.isEqualTo(dataDir.resolve("files").resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256()))
			.hasBinaryContent(FileTypesTest.MINIMAL_PDF);
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void theSameContentIsStoredOnce() throws IOException {
		StoredFile first = store.store(stream(FileTypesTest.PNG), ONE_MB);
		StoredFile second = store.store(stream(FileTypesTest.PNG), ONE_MB);

		assertThat(second).isEqualTo(first);
		assertThat(blobs()).containsExactly(store.pathOf(first.sha256()));
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
		byte[] tooBig = Arrays.copyOf(FileTypesTest.MINIMAL_PDF, (int) ONE_MB + 1);

		ApiProblem refused = catchThrowableOfType(ApiProblem.class, () -> store.store(stream(tooBig), ONE_MB));

		assertThat(refused.fieldProblems()).containsExactly(new FieldProblem("file", ErrorCode.FILE_TOO_LARGE, "1"));
		assertThat(blobs()).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void readingStopsOnceTheLimitIsPassed() {
		CountingStream content = new CountingStream(Arrays.copyOf(FileTypesTest.MINIMAL_PDF, (int) (5 * ONE_MB)));

		assertThatThrownBy(() -> store.store(content, ONE_MB)).isInstanceOf(ApiProblem.class);
		assertThat(content.read).as("bytes read").isEqualTo(ONE_MB + 1);
	}

	@Test
	void aFileExactlyAtTheLimitIsStored() throws IOException {
		byte[] exact = Arrays.copyOf(FileTypesTest.MINIMAL_PDF, (int) ONE_MB);

		assertThat(store.store(stream(exact), ONE_MB).sizeBytes()).isEqualTo(ONE_MB);
	}

	@Test
	void theLimitIsNamedInMegabytesAsConfigured() {
		byte[] content = Arrays.copyOf(FileTypesTest.MINIMAL_PDF, (int) (ONE_MB * 3 / 2) + 1);

		assertThatThrownBy(() -> store.store(stream(content), ONE_MB * 3 / 2))
			.isInstanceOfSatisfying(ApiProblem.class, refused -> assertThat(refused.fieldProblems())
				.containsExactly(new FieldProblem("file", ErrorCode.FILE_TOO_LARGE, "1.5")));
	}

	@Test
	void anExecutableIsRefusedAndLeavesNothing() throws IOException {
		assertThatThrownBy(() -> store.store(stream(FileTypesTest.EXECUTABLE), ONE_MB))
			.isInstanceOfSatisfying(ApiProblem.class, refused -> assertThat(refused.fieldProblems())
				.containsExactly(new FieldProblem("file", ErrorCode.FILE_TYPE_NOT_ALLOWED)));
		assertThat(blobs()).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void anEmptyFileIsRefused() throws IOException {
		assertThatThrownBy(() -> store.store(stream(new byte[0]), ONE_MB))
			.isInstanceOfSatisfying(ApiProblem.class, refused -> assertThat(refused.fieldProblems())
				.containsExactly(new FieldProblem("file", ErrorCode.FILE_EMPTY)));
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void aFailingUploadLeavesNoTempFile() throws IOException {
		InputStream broken = new InputStream() {

			private int left = 100;

			@Override
			public int read() throws IOException {
				if (left == 0) {
					throw new IOException("connection reset");
				}
				left--;
				return '%';
			}

		};

		assertThatThrownBy(() -> store.store(broken, ONE_MB)).hasRootCauseMessage("connection reset");
		assertThat(leftovers()).isEmpty();
		assertThat(blobs()).isEmpty();
	}

	@Test
	void openReadsTheStoredContent() throws IOException {
		StoredFile stored = store.store(stream(FileTypesTest.JPEG), ONE_MB);

		try (InputStream in = store.open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(FileTypesTest.JPEG);
		}
	}

	@Test
	void openingAMissingBlobIsNotFound() {
		assertThatThrownBy(() -> store.open("a".repeat(64))).isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo(ErrorCode.NOT_FOUND));
	}

	/** A malformed hash never becomes a path: it is answered as not found, by {@code open} and {@code pathOf} alike. */
	@Test
	void anythingButALowerCaseSha256IsRefused() throws IOException {
		StoredFile stored = store.store(stream(FileTypesTest.MINIMAL_PDF), ONE_MB);

		for (String bad : List.of("../etc/passwd", stored.sha256().toUpperCase(), stored.sha256() + "/..",
				"../" + stored.sha256().substring(3), stored.sha256().substring(1), "")) {
			assertThatThrownBy(() -> store.open(bad)).as(bad).isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo(ErrorCode.NOT_FOUND));
			assertThatThrownBy(() -> store.pathOf(bad)).as(bad).isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo(ErrorCode.NOT_FOUND));
		}
		assertThatThrownBy(() -> store.open(null)).isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo(ErrorCode.NOT_FOUND));
	}

	/** Import uploads: the feature judges the staged bytes, and the blob lands where evidence does. */
	@Test
	void aFeatureCanJudgeItsOwnKindOfFile() throws Exception {
		byte[] csv = "creditCode,nameZh\n91330200MA2XXXXXX1,甲\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		List<Path> judged = new java.util.ArrayList<>();

		StoredFile stored = store.store(stream(csv), ONE_MB, staged -> {
			judged.add(staged);
			return "text/csv";
		});

		assertThat(stored).isEqualTo(new StoredFile(sha256(csv), csv.length, "text/csv"));
		assertThat(judged.get(0).getParent()).isEqualTo(dataDir.resolve("files").resolve("tmp"));
		try (FileStore.LocalFile local = store.local(stored.sha256()).orElseThrow()) {
			assertThat(local.path()).isEqualTo(store.pathOf(stored.sha256())).hasBinaryContent(csv);
		}
		assertThat(store.local(stored.sha256())).isPresent();
		assertThat(store.local("b".repeat(64))).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void whatTheJudgeRefusesLeavesNothing() throws IOException {
		ApiProblem refusal = ApiProblem.invalid("file", ErrorCode.SHEET_NOT_A_SPREADSHEET);

		assertThatThrownBy(() -> store.store(stream(FileTypesTest.PNG), ONE_MB, staged -> {
			throw refusal;
		})).isSameAs(refusal);
		assertThat(blobs()).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	private List<Path> blobs() throws IOException {
		Path files = dataDir.resolve("files");
		if (!Files.exists(files)) {
			return List.of();
		}
		try (Stream<Path> all = Files.walk(files)) {
			return all.filter(Files::isRegularFile).filter(path -> !path.startsWith(files.resolve("tmp"))).toList();
		}
	}

	private List<Path> leftovers() throws IOException {
		Path tmp = dataDir.resolve("files").resolve("tmp");
		if (!Files.exists(tmp)) {
			return List.of();
		}
		try (Stream<Path> all = Files.list(tmp)) {
			return all.toList();
		}
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/** Counts the bytes the store asked for. */
	private static final class CountingStream extends ByteArrayInputStream {

		long read;

		CountingStream(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read() {
			int next = super.read();
			read += next < 0 ? 0 : 1;
			return next;
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) {
			int count = super.read(buffer, offset, length);
			read += Math.max(count, 0);
			return count;
		}

	}

}
