package org.zonehub.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.sheets.ImportError;
import org.zonehub.platform.sheets.Spreadsheet;
import org.zonehub.platform.files.FileStore;
import org.zonehub.platform.files.StoredFile;
import org.zonehub.platform.files.UploadNames;
import org.zonehub.platform.jobs.BackgroundJobs;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.Messages;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk imports: an upload is checked at once (a spreadsheet within the bounds? the required columns? any rows?),
 * refused with a 400 naming {@code file} if not, and otherwise kept in the file store and queued, with the import's
 * row in one transaction, as a background job ({@link ImportJob}) that any replica may run; the caller follows it
 * by id.
 */
@Service
class EnterpriseImports {

	/** The multipart limit (spring.servlet.multipart.max-file-size): 50,000 rows fit easily. */
	static final long MAX_BYTES = 30L * 1024 * 1024;

	private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
	};

	private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
	};

	private final EnterpriseImportMapper imports;

	private final FileStore files;

	private final BackgroundJobs jobs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final JsonMapper json;

	private final Messages messages;

	EnterpriseImports(EnterpriseImportMapper imports, FileStore files, BackgroundJobs jobs,
			PlatformTransactionManager transactionManager, Clock clock, JsonMapper json, Messages messages) {
		this.imports = imports;
		this.files = files;
		this.jobs = jobs;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.json = json;
		this.messages = messages;
	}

	EnterpriseImport start(ZoneScope zone, MultipartFile file) {
		zone.requireZoneAdmin();
		if (file == null) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_REQUIRED);
		}
		if (file.isEmpty()) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_EMPTY);
		}
		StoredFile stored;
		try (InputStream content = file.getInputStream()) {
			stored = files.store(content, MAX_BYTES, EnterpriseImports::judge);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Could not read the upload", unreadable);
		}
		long id = transactions.execute(status -> {
			GeneratedId key = new GeneratedId();
			imports.insert(zone, new EnterpriseImportRow(null, fileName(file.getOriginalFilename()), stored.sha256(),
					ImportStatus.QUEUED, null, 0, 0, 0, 0, 0, 0, null, null, null, zone.caller().username(),
					clock.instant().truncatedTo(ChronoUnit.MILLIS), null, null), key);
			jobs.enqueue(zone, ImportJob.KIND, key.getId());
			return key.getId();
		});
		return find(zone, id);
	}

	/** The file store keeps an upload only if it is a spreadsheet with the required columns and a row under them. */
	private static String judge(Path staged) {
		try {
			Spreadsheet sheet = Spreadsheet.sniff(staged);
			checkHeader(sheet);
			return sheet.format() == Spreadsheet.Format.XLSX ? EnterpriseSheets.XLSX : EnterpriseSheets.CSV;
		}
		catch (Spreadsheet.Refused refused) {
			throw ApiProblem.invalid("file", refused.reason().code(), refused.arguments().toArray());
		}
		catch (IOException unreadable) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_UNREADABLE);
		}
	}

	EnterpriseImport find(ZoneScope zone, long id) {
		zone.requireZoneStaff();
		EnterpriseImportRow row = imports.findById(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		List<ImportError> errors = row.errors() == null ? List.of()
				: json.readValue(row.errors(), ERRORS).stream().map(error -> error.worded(messages)).toList();
		return EnterpriseImport.from(row, errors, failure(row));
	}

	PageResult<EnterpriseImport> list(ZoneScope zone, Integer page, Integer size) {
		zone.requireZoneStaff();
		PageRequest paging = PageRequest.of(page, size, null, Map.of("createdAt", "created_at"), "createdAt");
		return new PageResult<>(
				imports.list(zone, paging).stream().map(row -> EnterpriseImport.from(row, null, failure(row))).toList(),
				paging.page(), paging.size(), imports.count(zone));
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
		return UploadNames.of(original);
	}

}
