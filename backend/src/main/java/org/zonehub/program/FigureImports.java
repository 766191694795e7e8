package org.zonehub.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.files.FileStore;
import org.zonehub.platform.files.StoredFile;
import org.zonehub.platform.files.UploadNames;
import org.zonehub.platform.jobs.BackgroundJobs;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.sheets.ImportError;
import org.zonehub.platform.sheets.SheetRows;
import org.zonehub.platform.sheets.Spreadsheet;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.Messages;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk figures: an upload is checked at once (a spreadsheet within the bounds, with the required columns), kept in
 * the file store and queued with its row as a background job ({@link FigureImportJob}), as the enterprise import
 * does; the caller follows it by id. Also the enrolment sheet: credit codes read through the same bounded reader.
 */
@Service
class FigureImports {

	static final long MAX_BYTES = 30L * 1024 * 1024;

	/** The most credit codes one enrolment sheet enrols. */
	static final int MAX_ENROLMENT_ROWS = 5_000;

	private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
	};

	private final Programs programs;

	private final Enrolments enrolments;

	private final FigureImportMapper imports;

	private final FileStore files;

	private final BackgroundJobs jobs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final JsonMapper json;

	private final Messages messages;

	FigureImports(Programs programs, Enrolments enrolments, FigureImportMapper imports, FileStore files,
			BackgroundJobs jobs, PlatformTransactionManager transactionManager, Clock clock, JsonMapper json,
			Messages messages) {
		this.programs = programs;
		this.enrolments = enrolments;
		this.imports = imports;
		this.files = files;
		this.jobs = jobs;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.json = json;
		this.messages = messages;
	}

	FigureImport start(ZoneScope zone, long programId, MultipartFile file) {
		zone.requireZoneAdmin();
		programs.row(zone, programId);
		StoredFile stored = store(file, FigureImports::judgeFigures);
		long id = transactions.execute(status -> {
			GeneratedId key = new GeneratedId();
			imports.insert(zone, new FigureImportRow(null, programId, UploadNames.of(file.getOriginalFilename()),
					stored.sha256(), "QUEUED", null, 0, 0, 0, 0, 0, 0, null, null, zone.caller().username(),
					clock.instant().truncatedTo(ChronoUnit.MILLIS), null, null), key);
			jobs.enqueue(zone, FigureImportJob.KIND, key.getId());
			return key.getId();
		});
		return find(zone, programId, id);
	}

	FigureImport find(ZoneScope zone, long programId, long id) {
		programs.row(zone, programId);
		zone.requireZoneStaff();
		FigureImportRow row = imports.find(zone, programId, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		List<ImportError> errors = row.errors() == null ? List.of()
				: json.readValue(row.errors(), ERRORS).stream().map(error -> error.worded(messages)).toList();
		return shown(row, errors);
	}

	private FigureImport shown(FigureImportRow row, List<ImportError> errors) {
		ErrorCode failure = row.failureCode() == null ? null : ErrorCode.of(row.failureCode());
		return new FigureImport(row.id(), row.programId(), row.fileName(), row.status(), row.totalRows(),
				row.processedRows(), row.createdCount(), row.updatedCount(), row.unchangedCount(), row.rejectedCount(),
				row.errorCount(), errors, failure == null ? null : messages.text(failure, List.of()), row.failureCode(),
				row.createdBy(), row.createdAt(), row.startedAt(), row.finishedAt());
	}

	/** The program's recent imports, newest first (without their row errors). */
	List<FigureImport> list(ZoneScope zone, long programId) {
		programs.row(zone, programId);
		zone.requireZoneStaff();
		return imports.list(zone, programId).stream().map(row -> shown(row, List.of())).toList();
	}

	/** Enrols the enterprises whose credit codes a sheet lists (column 统一社会信用代码 / creditCode). */
	EnrolResult enrolFromSheet(ZoneScope zone, long programId, String month, MultipartFile file) {
		zone.requireZoneAdmin();
		programs.row(zone, programId);
		StoredFile stored = store(file, FigureImports::judgeEnrolment);
		List<String> codes = new java.util.ArrayList<>();
		try (FileStore.LocalFile local = files.local(stored.sha256()).orElseThrow()) {
			Integer[] column = { null };
			SheetRows.read(Spreadsheet.sniff(local.path()), new SheetRows.Rows() {

				@Override
				public boolean header(int rowNumber, List<String> cells) {
					column[0] = FigureColumn.Header.of(cells).indexes().get(FigureColumn.CREDIT_CODE);
					return column[0] != null;
				}

				@Override
				public void row(int rowNumber, List<String> cells) {
					String code = SheetRows.cell(cells, column[0]);
					if (code != null) {
						if (codes.size() >= MAX_ENROLMENT_ROWS) {
							throw ApiProblem.invalid("file", ErrorCode.IMPORT_TOO_MANY_ROWS, MAX_ENROLMENT_ROWS);
						}
						codes.add(code);
					}
				}

			});
		}
		catch (Spreadsheet.Refused refused) {
			throw ApiProblem.invalid("file", refused.reason().code(), refused.arguments().toArray());
		}
		catch (IOException unreadable) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_UNREADABLE);
		}
		if (codes.isEmpty()) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_HEADER_ONLY);
		}
		return enrolments.enrolByCreditCodes(zone, programId, month, codes);
	}

	private StoredFile store(MultipartFile file, FileStore.Judge judge) {
		if (file == null) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_REQUIRED);
		}
		if (file.isEmpty()) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_EMPTY);
		}
		try (InputStream content = file.getInputStream()) {
			return files.store(content, MAX_BYTES, judge);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Could not read the upload", unreadable);
		}
	}

	private static String judgeFigures(Path staged) {
		return judge(staged, true);
	}

	private static String judgeEnrolment(Path staged) {
		return judge(staged, false);
	}

	/** A spreadsheet whose first row names the columns wanted (all four for figures, the credit code to enrol). */
	private static String judge(Path staged, boolean figures) {
		try {
			Spreadsheet sheet = Spreadsheet.sniff(staged);
			FigureColumn.Header[] header = { null };
			SheetRows.read(sheet, new SheetRows.Rows() {

				@Override
				public boolean header(int rowNumber, List<String> cells) {
					header[0] = FigureColumn.Header.of(cells);
					return false;
				}

				@Override
				public void row(int rowNumber, List<String> cells) {
				}

			});
			if (header[0] == null) {
				throw ApiProblem.invalid("file", ErrorCode.SHEET_NO_ROWS);
			}
			List<FigureColumn> missing = figures ? header[0].missing()
					: header[0].indexes().containsKey(FigureColumn.CREDIT_CODE) ? List.of()
							: List.of(FigureColumn.CREDIT_CODE);
			if (!missing.isEmpty()) {
				throw ApiProblem.invalid("file", ErrorCode.SHEET_MISSING_COLUMNS, FigureImportJob.describe(missing));
			}
			return sheet.format() == Spreadsheet.Format.XLSX
					? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
		}
		catch (Spreadsheet.Refused refused) {
			throw ApiProblem.invalid("file", refused.reason().code(), refused.arguments().toArray());
		}
		catch (IOException unreadable) {
			throw ApiProblem.invalid("file", ErrorCode.SHEET_UNREADABLE);
		}
	}

}
