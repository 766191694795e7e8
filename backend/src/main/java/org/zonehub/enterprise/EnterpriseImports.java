package org.zonehub.enterprise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.Messages;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;
import org.zonehub.platform.web.RequestIdFilter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk imports: an upload is checked at once (a spreadsheet within the bounds? the required columns? any rows?),
 * refused with a 400 naming {@code file} if not, and otherwise stored under the data directory and queued as a
 * job that runs in the background ({@link ImportJob}); the caller follows it by id.
 */
@Service
class EnterpriseImports implements DisposableBean {

	private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
	};

	private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
	};

	private final EnterpriseImportMapper imports;

	private final ImportJob job;

	private final Clock clock;

	private final JsonMapper json;

	private final Messages messages;

	private final Path directory;

	private final ExecutorService runner;

	EnterpriseImports(EnterpriseImportMapper imports, ImportJob job, Clock clock, JsonMapper json, Messages messages,
			@Value("${zonehub.data-dir}") String dataDir,
			@Value("${zonehub.imports.concurrency:2}") int concurrency) {
		this.imports = imports;
		this.job = job;
		this.clock = clock;
		this.json = json;
		this.messages = messages;
		this.directory = Path.of(dataDir, "imports");
		this.runner = Executors.newFixedThreadPool(concurrency, threads());
	}

	EnterpriseImport start(ZoneScope zone, MultipartFile file) {
		zone.requireZoneAdmin();
		if (file == null) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_REQUIRED);
		}
		if (file.isEmpty()) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_EMPTY);
		}
		Path part = directory.resolve("upload-" + UUID.randomUUID() + ".part");
		try {
			Files.createDirectories(directory);
			file.transferTo(part);
		}
		catch (IOException unstored) {
			throw new UncheckedIOException("Could not store the upload under " + directory, unstored);
		}
		try {
			checkHeader(Spreadsheet.sniff(part));
			GeneratedId key = new GeneratedId();
			imports.insert(zone,
					new EnterpriseImportRow(null, fileName(file.getOriginalFilename()), ImportStatus.QUEUED, null, 0,
							0, 0, 0, 0, 0, null, null, null, zone.caller().username(),
							clock.instant().truncatedTo(ChronoUnit.MILLIS), null, null),
					key);
			Path upload = directory.resolve(key.getId() + ".upload");
			Files.move(part, upload, StandardCopyOption.REPLACE_EXISTING);
			ImportJob.Order order = new ImportJob.Order(key.getId(), zone.zoneCode(), zone.caller(),
					RequestIdFilter.current(), upload);
			try {
				runner.execute(() -> job.run(order));
			}
			catch (RejectedExecutionException shuttingDown) {
				EnterpriseImportRow queued = imports.findById(zone, key.getId());
				imports.update(zone, new EnterpriseImportRow(queued.id(), queued.fileName(), ImportStatus.FAILED, null,
						0, 0, 0, 0, 0, 0, null, ErrorCode.IMPORT_SHUTTING_DOWN.code(), "[]", queued.createdBy(),
						queued.createdAt(), null, queued.createdAt()));
				Files.deleteIfExists(upload);
				throw new ApiProblem(ErrorCode.SHUTTING_DOWN);
			}
			return find(zone, key.getId());
		}
		catch (Spreadsheet.Refused refused) {
			throw ApiProblem.invalid("file", refused.reason().code(), refused.arguments().toArray());
		}
		catch (IOException unreadable) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_UNREADABLE);
		}
		finally {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ignored) {
				// the upload folder is ours; a leftover part file harms nothing
			}
		}
	}

	EnterpriseImport find(ZoneScope zone, long id) {
		zone.requireZoneStaff();
		EnterpriseImportRow row = imports.findById(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		List<ImportError> errors = row.errors() == null ? List.of()
				: json.readValue(row.errors(), ERRORS).stream().map(this::worded).toList();
		return EnterpriseImport.from(row, errors, failure(row));
	}

	PageResult<EnterpriseImport> list(ZoneScope zone, Integer page, Integer size) {
		zone.requireZoneStaff();
		PageRequest paging = PageRequest.of(page, size, null, Map.of("createdAt", "created_at"), "createdAt");
		return new PageResult<>(
				imports.list(zone, paging).stream().map(row -> EnterpriseImport.from(row, null, failure(row))).toList(),
				paging.page(), paging.size(), imports.count(zone));
	}

	/** A stored row error in the reader's language (errors stored before codes keep their English text). */
	private ImportError worded(ImportError error) {
		ErrorCode code = error.code() == null ? null : ErrorCode.of(error.code());
		return code == null ? error : error.worded(messages.text(code, error.args()));
	}

	private String failure(EnterpriseImportRow row) {
		ErrorCode code = row.failureCode() == null ? null : ErrorCode.of(row.failureCode());
		if (code == null) {
			return null;
		}
		List<Object> args = row.failureArgs() == null ? List.of() : json.readValue(row.failureArgs(), ARGS);
		// a file refused while the job read it: the refusal's field message, after "the file"
		return code.isProblem() || code.code().startsWith("import.") ? messages.text(code, args)
				: messages.text(ErrorCode.IMPORT_FILE_REFUSED, List.of(messages.text(code, args)));
	}

	/** The first non-blank row must name the required columns, and at least one row must follow it. */
	private static void checkHeader(Spreadsheet sheet) throws IOException, Spreadsheet.Refused {
		ImportHeader[] header = { null };
		boolean[] hasRows = { false };
		ImportHeader.read(sheet, new ImportHeader.Rows() {

			@Override
			public boolean header(ImportHeader found) {
				header[0] = found;
				return found.missing().isEmpty() && found.duplicated().isEmpty();
			}

			@Override
			public void row(int rowNumber, List<String> cells) {
				hasRows[0] = true;
				throw new Spreadsheet.StopReading();
			}

		});
		if (header[0] == null) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_NO_ROWS);
		}
		if (!header[0].missing().isEmpty()) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_MISSING_COLUMNS, ImportJob.describe(header[0].missing()));
		}
		if (!header[0].duplicated().isEmpty()) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_DUPLICATE_COLUMNS,
					ImportJob.describe(header[0].duplicated()));
		}
		if (!hasRows[0]) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_HEADER_ONLY);
		}
	}

	/** The name the user gave the file, without any path, for the job list. */
	static String fileName(String original) {
		if (original == null || original.isBlank()) {
			return "upload";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (name.isEmpty()) {
			return "upload";
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

	@Override
	public void destroy() throws InterruptedException {
		runner.shutdownNow();
		runner.awaitTermination(10, TimeUnit.SECONDS);
	}

	private static ThreadFactory threads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "enterprise-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
