package org.zonehub.enterprise;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.sheets.ImportError;
import org.zonehub.platform.sheets.Spreadsheet;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.files.FileStore;
import org.zonehub.platform.jobs.FailureCause;
import org.zonehub.platform.jobs.Job;
import org.zonehub.platform.jobs.JobHandler;
import org.zonehub.platform.jobs.JobOutcome;
import org.zonehub.platform.jobs.RunningJob;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one bulk import as a background job ({@value #KIND}), for the zone administrator who uploaded the file and in
 * their zone.
 * <ol>
 * <li>Pass 1 streams the file and checks every row (the registry's form validation, the credit code, duplicates
 * within the file, known kinds and modes). A file of more than {@value #MAX_ROWS} data rows fails here, before
 * anything has changed.</li>
 * <li>Pass 2 streams it again and upserts the valid rows by credit code, {@value #BATCH_SIZE} per transaction:
 * new codes are inserted, known ones updated only where a field differs (so the same file twice changes nothing
 * the second time), each change audited, and the job's progress and counts written with each batch.</li>
 * </ol>
 * An import resumes after its process died or was stopped: the file is in the file store under its hash (so it is
 * the same file), pass 1 is run again for the valid rows, and pass 2 skips the rows the committed progress already
 * counts, so every row is counted once: created + updated + unchanged + rejected = total rows.
 */
@Component
class ImportJob implements JobHandler {

	static final String KIND = "enterprise-import";

	static final int MAX_ROWS = 50_000;

	static final int BATCH_SIZE = 500;

	static final int MAX_ERRORS_KEPT = 1_000;

	/** How often pass 1 looks whether it should stop: about every tenth of a second. */
	private static final int CHECK_ROWS_BETWEEN_CHECKPOINTS = 2_000;

	private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

	private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
	};

	/** The file as a whole cannot be imported; the code says why, for the uploader. */
	static final class FileFailure extends RuntimeException {

		private final ErrorCode code;

		private final List<Object> args;

		FileFailure(ErrorCode code, Object... args) {
			super(code.code(), null, false, false);
			this.code = code;
			this.args = List.of(args);
		}

	}

	private final TenancyGuard tenancy;

	private final EnterpriseMapper enterprises;

	private final EnterpriseImportMapper imports;

	private final FileStore files;

	private final ImportRows rows;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	ImportJob(TenancyGuard tenancy, EnterpriseMapper enterprises, EnterpriseImportMapper imports, FileStore files,
			Validator validator, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			Clock clock, JsonMapper json) {
		this.tenancy = tenancy;
		this.enterprises = enterprises;
		this.imports = imports;
		this.files = files;
		this.rows = new ImportRows(validator);
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** Yes: each batch commits with the job's counts, and the upsert by credit code is idempotent (see above). */
	@Override
	public boolean resumesAfterLoss() {
		return true;
	}

	@Override
	public JobOutcome run(RunningJob running) {
		Job job = running.job();
		EnterpriseImportRow state = imports.findById(job.zone(), job.subjectId());
		if (state == null) {
			throw new IllegalStateException("Job " + job.id() + " names import " + job.subjectId() + ", which is gone");
		}
		// its run ended before the job was marked so: the same end again
		if (state.status() == ImportStatus.SUCCEEDED) {
			return JobOutcome.succeeded();
		}
		if (state.status() == ImportStatus.FAILED) {
			return JobOutcome.failed(ErrorCode.of(state.failureCode()));
		}
		Run run = new Run(running, state);
		ZoneScope zone;
		try {
			zone = tenancy.actForZoneAdmin(job.zone().zoneCode(), job.requestedBy());
		}
		catch (ApiProblem refused) {
			return run.fail(refused.code() == ErrorCode.ACCOUNT_NOT_BOUND ? ErrorCode.IMPORT_UPLOADER_GONE
					: refused.code(), List.of(state.processedRows()));
		}
		return run.execute(zone);
	}

	/** The import's own row says why, with the rows done so far; its stored row errors stay. */
	@Override
	public ErrorCode failed(Job job, FailureCause cause) {
		ErrorCode code = ImportError.jobFailure(cause);
		EnterpriseImportRow state = imports.findById(job.zone(), job.subjectId());
		if (state != null && (state.status() == ImportStatus.QUEUED || state.status() == ImportStatus.RUNNING)) {
			imports.update(job.zone(), state.ended(ImportStatus.FAILED, code.code(),
					json.writeValueAsString(List.of(state.processedRows())), now()));
		}
		return code;
	}

	/** One job's state while it runs. The import's own row is written in the job's zone, the registry as the user. */
	private final class Run {

		private final RunningJob running;

		private final ZoneScope bookkeeping;

		private final List<ImportError> errors = new ArrayList<>();

		private ZoneScope zone;

		private EnterpriseImportRow state;

		private int errorCount;

		Run(RunningJob running, EnterpriseImportRow state) {
			this.running = running;
			this.bookkeeping = running.job().zone();
			this.state = state;
			if (state.totalRows() != null) {
				errors.addAll(storedErrors());
				errorCount = state.errorCount();
			}
		}

		JobOutcome execute(ZoneScope actingZone) {
			this.zone = actingZone;
			// pass 1 was done and its result stored: go on with pass 2 after the rows already counted
			boolean resuming = state.totalRows() != null;
			int counted = state.processedRows();
			Instant started = state.startedAt() == null ? now() : state.startedAt();
			long thisRun = System.nanoTime();
			save(ImportStatus.RUNNING, state.totalRows(), counted, state.createdCount(), state.updatedCount(),
					state.unchangedCount(), state.rejectedCount(), null, null, started, null);
			try (FileStore.LocalFile file = files.local(state.fileSha256())
				.orElseThrow(() -> new FileFailure(ErrorCode.IMPORT_FILE_GONE))) {
				Spreadsheet sheet = Spreadsheet.sniff(file.path());
				long checking = System.nanoTime();
				Checked checked = check(sheet);
				long checkMillis = (System.nanoTime() - checking) / 1_000_000;
				if (!resuming) {
					errors.addAll(checked.errors);
					errorCount = checked.errorCount;
					save(ImportStatus.RUNNING, checked.dataRows, 0, 0, 0, 0, checked.rejected, null, null, started,
							null);
				}
				upsert(sheet, checked, counted);
				save(ImportStatus.SUCCEEDED, state.totalRows(), state.processedRows(), state.createdCount(),
						state.updatedCount(), state.unchangedCount(), state.rejectedCount(), null, null, started, now());
				// this run's own rows and time: a resumed job's earlier runs and the pause between do not count
				int rows = state.totalRows() - counted;
				long millis = Math.max(1, (System.nanoTime() - thisRun) / 1_000_000);
				log.info("Import {} in zone {}: {} rows in {} ms ({} rows/s; checking {} ms{}): {} created, {} updated, "
						+ "{} unchanged, {} rejected", state.id(), zone.zoneCode(), rows, millis, rows * 1000L / millis,
						checkMillis, resuming ? "; resumed after row " + counted + " of " + state.totalRows() : "",
						state.createdCount(), state.updatedCount(), state.unchangedCount(), state.rejectedCount());
				return JobOutcome.succeeded();
			}
			catch (FileFailure failure) {
				errors.clear(); // the file as a whole failed: its rows' errors would only distract
				errorCount = 0;
				return fail(failure.code, failure.args, started);
			}
			catch (Spreadsheet.Refused refused) {
				return fail(refused.reason().code(), refused.arguments(), started);
			}
			catch (IOException unreadable) {
				return fail(ErrorCode.IMPORT_UNREADABLE, List.of(String.valueOf(unreadable.getMessage())), started);
			}
		}

		private List<ImportError> storedErrors() {
			return state.errors() == null ? List.of() : json.readValue(state.errors(), ERRORS);
		}

		/** Pass 1: every row checked, nothing written. */
		private Checked check(Spreadsheet sheet) throws IOException, Spreadsheet.Refused {
			Checked checked = new Checked();
			ImportHeader.read(sheet, checked);
			if (checked.header == null) {
				throw new FileFailure(ErrorCode.IMPORT_EMPTY);
			}
			if (!checked.header.missing().isEmpty()) {
				throw new FileFailure(ErrorCode.IMPORT_MISSING_COLUMNS, describe(checked.header.missing()));
			}
			if (checked.tooMany) {
				throw new FileFailure(ErrorCode.IMPORT_TOO_MANY_ROWS, MAX_ROWS);
			}
			return checked;
		}

		/** Pass 1's reader: checks each row, remembers the valid ones by row number and the errors of the others. */
		private final class Checked implements ImportHeader.Rows {

			private ImportHeader header;

			private final BitSet valid = new BitSet();

			private final Map<String, Integer> firstRowOfCode = new HashMap<>();

			private final List<ImportError> errors = new ArrayList<>();

			private int errorCount;

			private int dataRows;

			private int rejected;

			private boolean tooMany;

			@Override
			public boolean header(ImportHeader header) {
				this.header = header;
				return header.missing().isEmpty();
			}

			@Override
			public void row(int rowNumber, List<String> cells) {
				if (++dataRows > MAX_ROWS) {
					tooMany = true;
					throw new Spreadsheet.StopReading();
				}
				if (dataRows % CHECK_ROWS_BETWEEN_CHECKPOINTS == 0) {
					running.checkpoint();
				}
				ImportRows.Parsed parsed = rows.parse(header, cells, true);
				Map<ImportColumn, FieldProblem> problems = new EnumMap<>(ImportColumn.class);
				problems.putAll(parsed.problems());
				String code = CreditCode.normalize(parsed.form().creditCode());
				if (!problems.containsKey(ImportColumn.CREDIT_CODE) && code != null) {
					Integer first = firstRowOfCode.putIfAbsent(code, rowNumber);
					if (first != null) {
						problems.put(ImportColumn.CREDIT_CODE,
								new FieldProblem(ImportColumn.CREDIT_CODE.key(), ErrorCode.ROW_DUPLICATE, first));
					}
				}
				if (problems.isEmpty()) {
					valid.set(rowNumber);
					return;
				}
				rejected++;
				problems.forEach((column, problem) -> {
					errorCount++;
					if (errors.size() < MAX_ERRORS_KEPT) {
						errors.add(error(rowNumber, header, column, problem));
					}
				});
			}

		}

		/**
		 * Pass 2: the valid rows upserted in batches, each its own transaction, after the first {@code counted} data
		 * rows (those an earlier run of the job committed).
		 */
		private void upsert(Spreadsheet sheet, Checked checked, int counted) throws IOException, Spreadsheet.Refused {
			List<Pending> batch = new ArrayList<>(BATCH_SIZE);
			int[] processed = { 0 };
			ImportHeader.read(sheet, new ImportHeader.Rows() {

				private ImportHeader header;

				@Override
				public boolean header(ImportHeader header) {
					this.header = header;
					return true;
				}

				@Override
				public void row(int rowNumber, List<String> cells) {
					if (++processed[0] <= counted) {
						return;
					}
					if (checked.valid.get(rowNumber)) {
						batch.add(new Pending(rowNumber, rows.parse(header, cells, false).form()));
					}
					if (batch.size() >= BATCH_SIZE) {
						flush(batch, processed[0], header);
						batch.clear();
					}
				}

			});
			flush(batch, processed[0], checked.header);
		}

		/** One batch in one transaction; retried when a concurrent writer took a credit code meanwhile. */
		private void flush(List<Pending> batch, int processed, ImportHeader header) {
			running.checkpoint();
			for (int attempt = 1;; attempt++) {
				try {
					BatchOutcome outcome = transactions.execute(status -> upsertBatch(batch, processed, header));
					// only once committed: a rolled-back batch leaves no counts and no errors behind
					state = outcome.progress();
					errorCount += outcome.errors().size();
					errors.addAll(outcome.errors().subList(0,
							Math.min(outcome.errors().size(), Math.max(0, MAX_ERRORS_KEPT - errors.size()))));
					return;
				}
				catch (DuplicateKeyException race) {
					if (attempt == 3) {
						throw race;
					}
				}
			}
		}

		/**
		 * Upserts a batch and writes the job's progress in the same transaction: what is committed is counted, and
		 * what is counted is committed, which is what lets a resumed job skip exactly the rows already done.
		 */
		private BatchOutcome upsertBatch(List<Pending> batch, int processed, ImportHeader header) {
			Map<String, EnterpriseRow> existing = batch.isEmpty() ? Map.of()
					: enterprises.findByCreditCodes(zone, batch.stream().map(Pending::creditCode).toList())
						.stream()
						.collect(Collectors.toMap(EnterpriseRow::creditCode, Function.identity()));
			String actor = zone.caller().username();
			Instant now = now();
			List<EnterpriseRow> inserts = new ArrayList<>();
			List<ImportError> problems = new ArrayList<>();
			int updated = 0;
			int unchanged = 0;
			for (Pending pending : batch) {
				EnterpriseRow current = existing.get(pending.creditCode());
				if (current == null) {
					inserts.add(EnterpriseRegistry.row(null, pending.creditCode(), pending.form(),
							EnterpriseStatus.ACTIVE, actor, now, actor, now, 0));
					continue;
				}
				EnterpriseRow wanted = merged(current, pending, header, actor, now);
				if (sameContent(current, wanted)) {
					unchanged++;
				}
				else if (current.status() == EnterpriseStatus.DEREGISTERED) {
					problems.add(creditCodeError(pending.rowNumber(), header, ErrorCode.ROW_DEREGISTERED));
				}
				else if (enterprises.update(zone, wanted, current.version()) == 0) {
					problems.add(creditCodeError(pending.rowNumber(), header, ErrorCode.ROW_CHANGED_MEANWHILE));
				}
				else {
					updated++;
					audit(current.id(), "updated", Enterprise.from(current), Enterprise.from(wanted.bumped()));
				}
			}
			if (!inserts.isEmpty()) {
				enterprises.insertAll(zone, inserts);
				// the ids the database gave, to audit each new enterprise as it is stored
				Map<String, EnterpriseRow> inserted = inserts.stream()
					.collect(Collectors.toMap(EnterpriseRow::creditCode, Function.identity()));
				List<Long> ids = new ArrayList<>();
				for (EnterpriseMapper.CreditCodeId created : enterprises.findIdsByCreditCodes(zone, inserted.keySet())) {
					EnterpriseRow row = inserted.get(created.creditCode()).withId(created.id());
					audit(created.id(), "imported", null, Enterprise.from(row));
					ids.add(created.id());
				}
				events.publishEvent(new EnterpriseStatusChanged(zone.zoneId(), ids, EnterpriseStatus.ACTIVE, now));
			}
			// a batch's own row errors are stored with its counts, so a resumed job still reports them
			String storedErrors = problems.isEmpty() ? null : errorsJson(problems);
			EnterpriseImportRow progress = new EnterpriseImportRow(state.id(), state.fileName(), state.fileSha256(),
					ImportStatus.RUNNING, state.totalRows(), processed, state.createdCount() + inserts.size(),
					state.updatedCount() + updated, state.unchangedCount() + unchanged,
					state.rejectedCount() + problems.size(), errorCount + problems.size(), storedErrors, null, null,
					state.createdBy(), state.createdAt(), state.startedAt(), null);
			imports.progress(bookkeeping, progress);
			running.progress(processed, state.totalRows().longValue());
			return new BatchOutcome(progress, problems);
		}

		private ImportError creditCodeError(int rowNumber, ImportHeader header, ErrorCode code) {
			return error(rowNumber, header, ImportColumn.CREDIT_CODE,
					new FieldProblem(ImportColumn.CREDIT_CODE.key(), code));
		}

		private void audit(long id, String action, Enterprise before, Enterprise after) {
			events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(),
					running.job().requestId(), "enterprise", Long.toString(id), action, before, after));
		}

		/** The errors kept so far and {@code more}, by row, as stored: at most {@value #MAX_ERRORS_KEPT}. */
		private String errorsJson(List<ImportError> more) {
			List<ImportError> all = new ArrayList<>(errors);
			all.addAll(more);
			return json.writeValueAsString(all.stream()
				.sorted(Comparator.comparingInt(ImportError::row))
				.limit(MAX_ERRORS_KEPT)
				.toList());
		}

		JobOutcome fail(ErrorCode failure, List<Object> args) {
			return fail(failure, args, state.startedAt());
		}

		private JobOutcome fail(ErrorCode failure, List<Object> args, Instant started) {
			save(ImportStatus.FAILED, state.totalRows(), state.processedRows(), state.createdCount(),
					state.updatedCount(), state.unchangedCount(), state.rejectedCount(), failure, args, started, now());
			return JobOutcome.failed(failure);
		}

		/**
		 * Writes the job's whole state, errors included, with its progress in one transaction: a run whose job was
		 * taken over by another process writes nothing.
		 */
		private void save(ImportStatus status, Integer total, int processed, int created, int updated, int unchanged,
				int rejected, ErrorCode failure, List<Object> failureArgs, Instant started, Instant finished) {
			EnterpriseImportRow next = new EnterpriseImportRow(state.id(), state.fileName(), state.fileSha256(),
					status, total, processed, created, updated, unchanged, rejected, errorCount,
					errors.isEmpty() ? null : errorsJson(List.of()), failure == null ? null : failure.code(),
					failure == null ? null : json.writeValueAsString(failureArgs), state.createdBy(), state.createdAt(),
					started, finished);
			transactions.executeWithoutResult(transaction -> {
				imports.update(bookkeeping, next);
				running.progress(processed, total == null ? null : total.longValue());
			});
			state = next;
		}

	}

	private static ImportError error(int rowNumber, ImportHeader header, ImportColumn column, FieldProblem problem) {
		return new ImportError(rowNumber, header.textOf(column), column.key(), problem.code().code(), problem.args(),
				null);
	}

	/** A valid row waiting for its batch. */
	private record Pending(int rowNumber, EnterpriseForm form) {

		String creditCode() {
			return CreditCode.normalize(form.creditCode());
		}

	}

	/** A committed batch: the job's counts after it, and the row errors it found (already stored with them). */
	private record BatchOutcome(EnterpriseImportRow progress, List<ImportError> errors) {
	}

	/**
	 * The row the import wants: the file's values where the file has the column, the stored values where it has
	 * not (a file without, say, the address column leaves addresses as they are).
	 */
	private static EnterpriseRow merged(EnterpriseRow current, Pending pending, ImportHeader header, String actor,
			Instant now) {
		EnterpriseRow file = EnterpriseRegistry.row(current.id(), pending.creditCode(), pending.form(),
				current.status(), current.createdBy(), current.createdAt(), actor, now, current.version());
		return new EnterpriseRow(current.id(), current.creditCode(),
				pick(header, ImportColumn.CREDIT_CODE_OVERRIDE_REASON, file.creditCodeOverrideReason(),
						current.creditCodeOverrideReason()),
				file.nameZh(), pick(header, ImportColumn.NAME_EN, file.nameEn(), current.nameEn()), file.kinds(),
				pick(header, ImportColumn.CUSTOMS_CODE, file.customsCode(), current.customsCode()),
				pick(header, ImportColumn.CUSTOMS_MODES, file.customsModes(), current.customsModes()),
				pick(header, ImportColumn.DISTRICT, file.district(), current.district()),
				pick(header, ImportColumn.ADDRESS, file.address(), current.address()),
				pick(header, ImportColumn.CONTACT_NAME, file.contactName(), current.contactName()),
				pick(header, ImportColumn.CONTACT_PHONE, file.contactPhone(), current.contactPhone()),
				pick(header, ImportColumn.CONTACT_EMAIL, file.contactEmail(), current.contactEmail()),
				pick(header, ImportColumn.EXPORT_VALUE_CNY, file.exportValueCny(), current.exportValueCny()),
				pick(header, ImportColumn.IMPORT_VALUE_CNY, file.importValueCny(), current.importValueCny()),
				current.status(), current.createdBy(), current.createdAt(), actor, now, current.version());
	}

	private static <T> T pick(ImportHeader header, ImportColumn column, T fromFile, T stored) {
		return header.has(column) ? fromFile : stored;
	}

	static boolean sameContent(EnterpriseRow a, EnterpriseRow b) {
		return Objects.equals(a.creditCodeOverrideReason(), b.creditCodeOverrideReason())
				&& Objects.equals(a.nameZh(), b.nameZh()) && Objects.equals(a.nameEn(), b.nameEn())
				&& Objects.equals(a.kinds(), b.kinds()) && Objects.equals(a.customsCode(), b.customsCode())
				&& Objects.equals(Objects.toString(a.customsModes(), ""), Objects.toString(b.customsModes(), ""))
				&& Objects.equals(a.district(), b.district()) && Objects.equals(a.address(), b.address())
				&& Objects.equals(a.contactName(), b.contactName())
				&& Objects.equals(a.contactPhone(), b.contactPhone())
				&& Objects.equals(a.contactEmail(), b.contactEmail())
				&& sameAmount(a.exportValueCny(), b.exportValueCny())
				&& sameAmount(a.importValueCny(), b.importValueCny());
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static String describe(List<ImportColumn> columns) {
		return columns.stream()
			.map(column -> column.label() + " (" + column.key() + ")")
			.collect(Collectors.joining(", "));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
