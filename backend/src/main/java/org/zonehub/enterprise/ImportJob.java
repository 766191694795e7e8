package org.zonehub.enterprise;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.Caller;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one bulk import, for the user who uploaded the file and in their zone.
 * <ol>
 * <li>Pass 1 streams the file and checks every row (the registry's form validation, the credit code, duplicates
 * within the file, known kinds and modes). A file of more than {@value #MAX_ROWS} data rows fails here, before
 * anything has changed.</li>
 * <li>Pass 2 streams it again and upserts the valid rows by credit code, {@value #BATCH_SIZE} per transaction:
 * new codes are inserted, known ones updated only where a field differs (so the same file twice changes nothing
 * the second time), each change audited, and the job's progress written with each batch.</li>
 * </ol>
 */
@Component
class ImportJob {

	static final int MAX_ROWS = 50_000;

	static final int BATCH_SIZE = 500;

	static final int MAX_ERRORS_KEPT = 1_000;

	private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

	/** What the job needs from the upload: the file, and who started it in which request. */
	record Order(long id, String zoneCode, Caller caller, String requestId, Path file) {
	}

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

	private final ImportRows rows;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	ImportJob(TenancyGuard tenancy, EnterpriseMapper enterprises, EnterpriseImportMapper imports, Validator validator,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock,
			JsonMapper json) {
		this.tenancy = tenancy;
		this.enterprises = enterprises;
		this.imports = imports;
		this.rows = new ImportRows(validator);
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	void run(Order order) {
		if (order.requestId() != null) {
			MDC.put(RequestIdFilter.MDC_KEY, order.requestId());
		}
		try {
			ZoneScope zone = tenancy.scopeFor(order.caller(), order.zoneCode(), Access.WRITE);
			zone.requireZoneAdmin();
			new Run(zone, order).execute();
		}
		catch (RuntimeException unexpected) {
			log.error("Import {} in zone {} could not run", order.id(), order.zoneCode(), unexpected);
		}
		finally {
			delete(order.file());
			MDC.remove(RequestIdFilter.MDC_KEY);
		}
	}

	/** One job's state while it runs. */
	private final class Run {

		private final ZoneScope zone;

		private final Order order;

		private final List<ImportError> errors = new ArrayList<>();

		private EnterpriseImportRow state;

		private int errorCount;

		Run(ZoneScope zone, Order order) {
			this.zone = zone;
			this.order = order;
		}

		void execute() {
			state = imports.findById(zone, order.id());
			if (state == null) {
				return;
			}
			Instant started = now();
			save(ImportStatus.RUNNING, state.totalRows(), state.processedRows(), state.createdCount(),
					state.updatedCount(), state.unchangedCount(), state.rejectedCount(), null, null, started, null);
			try {
				if (!Files.isRegularFile(order.file())) {
					throw new FileFailure(ErrorCode.IMPORT_FILE_GONE);
				}
				Spreadsheet sheet = Spreadsheet.sniff(order.file());
				long checking = System.nanoTime();
				Checked checked = check(sheet);
				long checkMillis = (System.nanoTime() - checking) / 1_000_000;
				save(ImportStatus.RUNNING, checked.dataRows(), 0, 0, 0, 0, checked.rejected(), null, null, started, null);
				upsert(sheet, checked);
				save(ImportStatus.SUCCEEDED, state.totalRows(), state.processedRows(), state.createdCount(),
						state.updatedCount(), state.unchangedCount(), state.rejectedCount(), null, null, started, now());
				long millis = Math.max(1, Duration.between(started, state.finishedAt()).toMillis());
				log.info("Import {} in zone {}: {} rows in {} ms ({} rows/s; checking {} ms): {} created, {} updated, "
						+ "{} unchanged, {} rejected", order.id(), zone.zoneCode(), state.totalRows(), millis,
						state.totalRows() * 1000L / millis, checkMillis, state.createdCount(), state.updatedCount(),
						state.unchangedCount(), state.rejectedCount());
			}
			catch (FileFailure failure) {
				errors.clear(); // the file as a whole failed: its rows' errors would only distract
				errorCount = 0;
				fail(failure.code, failure.args, started);
			}
			catch (Spreadsheet.Refused refused) {
				fail(refused.reason().code(), refused.arguments(), started);
			}
			catch (IOException unreadable) {
				fail(ErrorCode.IMPORT_UNREADABLE, List.of(String.valueOf(unreadable.getMessage())), started);
			}
			catch (RuntimeException broke) {
				log.error("Import {} in zone {} broke off", order.id(), zone.zoneCode(), broke);
				fail(ErrorCode.IMPORT_BROKE_OFF, List.of(state.processedRows()), started);
			}
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

		/** Pass 1's reader: checks each row, remembers the valid ones by row number. */
		private final class Checked implements ImportHeader.Rows {

			private ImportHeader header;

			private final BitSet valid = new BitSet();

			private final Map<String, Integer> firstRowOfCode = new HashMap<>();

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
				ImportRows.Parsed parsed = rows.parse(header, cells, true);
				Map<ImportColumn, FieldProblem> problems = new java.util.EnumMap<>(ImportColumn.class);
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
				problems.forEach((column, problem) -> error(rowNumber, header, column, problem));
			}

			int dataRows() {
				return dataRows;
			}

			int rejected() {
				return rejected;
			}

		}

		/** Pass 2: the valid rows upserted in batches, each its own transaction. */
		private void upsert(Spreadsheet sheet, Checked checked) throws IOException, Spreadsheet.Refused {
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
					processed[0]++;
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
			if (Thread.currentThread().isInterrupted()) {
				throw new IllegalStateException("the server is shutting down");
			}
			for (int attempt = 1;; attempt++) {
				try {
					Outcome outcome = transactions.execute(status -> upsertBatch(batch, processed, header));
					state = outcome.progress(); // only once committed: a rolled-back batch leaves no counts behind
					outcome.errors()
						.forEach(error -> error(error.row(), header, error.column(),
								new FieldProblem(error.column().key(), error.code())));
					return;
				}
				catch (DuplicateKeyException race) {
					if (attempt == 3) {
						throw race;
					}
				}
			}
		}

		private Outcome upsertBatch(List<Pending> batch, int processed, ImportHeader header) {
			Map<String, EnterpriseRow> existing = batch.isEmpty() ? Map.of()
					: enterprises.findByCreditCodes(zone, batch.stream().map(Pending::creditCode).toList())
						.stream()
						.collect(Collectors.toMap(EnterpriseRow::creditCode, Function.identity()));
			String actor = zone.caller().username();
			Instant now = now();
			List<EnterpriseRow> inserts = new ArrayList<>();
			List<RowProblem> problems = new ArrayList<>();
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
					problems.add(new RowProblem(pending.rowNumber(), ImportColumn.CREDIT_CODE, ErrorCode.ROW_DEREGISTERED));
				}
				else if (enterprises.update(zone, wanted, current.version()) == 0) {
					problems.add(new RowProblem(pending.rowNumber(), ImportColumn.CREDIT_CODE,
							ErrorCode.ROW_CHANGED_MEANWHILE));
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
				for (EnterpriseMapper.CreditCodeId created : enterprises.findIdsByCreditCodes(zone, inserted.keySet())) {
					EnterpriseRow row = inserted.get(created.creditCode()).withId(created.id());
					audit(created.id(), "imported", null, Enterprise.from(row));
				}
			}
			EnterpriseImportRow progress = new EnterpriseImportRow(state.id(), state.fileName(), ImportStatus.RUNNING,
					state.totalRows(), processed, state.createdCount() + inserts.size(), state.updatedCount() + updated,
					state.unchangedCount() + unchanged, state.rejectedCount() + problems.size(), errorCount,
					state.errors(), null, null, state.createdBy(), state.createdAt(), state.startedAt(), null);
			imports.progress(zone, progress);
			return new Outcome(progress, problems);
		}

		private void audit(long id, String action, Enterprise before, Enterprise after) {
			events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), order.requestId(),
					"enterprise", Long.toString(id), action, before, after));
		}

		private void error(int rowNumber, ImportHeader header, ImportColumn column, FieldProblem problem) {
			errorCount++;
			if (errors.size() < MAX_ERRORS_KEPT) {
				errors.add(new ImportError(rowNumber, header.textOf(column), column.key(), problem.code().code(),
						problem.args(), null));
			}
		}

		private void fail(ErrorCode failure, List<Object> args, Instant started) {
			try {
				save(ImportStatus.FAILED, state.totalRows(), state.processedRows(), state.createdCount(),
						state.updatedCount(), state.unchangedCount(), state.rejectedCount(), failure, args, started,
						now());
			}
			catch (RuntimeException unsaved) {
				log.error("Import {} in zone {} failed ({} {}) and the failure could not be saved", order.id(),
						zone.zoneCode(), failure.code(), args, unsaved);
			}
		}

		/** Writes the job's whole state, errors included. */
		private EnterpriseImportRow save(ImportStatus status, Integer total, int processed, int created, int updated,
				int unchanged, int rejected, ErrorCode failure, List<Object> failureArgs, Instant started,
				Instant finished) {
			List<ImportError> sorted = errors.stream().sorted(Comparator.comparingInt(ImportError::row)).toList();
			EnterpriseImportRow next = new EnterpriseImportRow(state.id(), state.fileName(), status, total, processed,
					created, updated, unchanged, rejected, errorCount, sorted.isEmpty() ? null : json.writeValueAsString(sorted),
					failure == null ? null : failure.code(),
					failure == null ? null : json.writeValueAsString(failureArgs), state.createdBy(), state.createdAt(),
					started, finished);
			imports.update(zone, next);
			state = next;
			return next;
		}

	}

	/** A valid row waiting for its batch. */
	private record Pending(int rowNumber, EnterpriseForm form) {

		String creditCode() {
			return CreditCode.normalize(form.creditCode());
		}

	}

	/** A row that turned out not importable in pass 2 (deregistered, or changed concurrently). */
	private record RowProblem(int row, ImportColumn column, ErrorCode code) {
	}

	private record Outcome(EnterpriseImportRow progress, List<RowProblem> errors) {
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

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException stays) {
			log.warn("Could not delete the upload {}", file, stays);
		}
	}

}
