package org.zonehub.program;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.enterprise.EnterpriseDirectory;
import org.zonehub.platform.files.FileStore;
import org.zonehub.platform.jobs.FailureCause;
import org.zonehub.platform.jobs.Job;
import org.zonehub.platform.jobs.JobHandler;
import org.zonehub.platform.jobs.JobOutcome;
import org.zonehub.platform.jobs.RunningJob;
import org.zonehub.platform.sheets.ImportError;
import org.zonehub.platform.sheets.SheetRows;
import org.zonehub.platform.sheets.Spreadsheet;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one figures import ({@value #KIND}) for the zone administrator who uploaded it. A first pass counts the data
 * rows (the progress's total); the second checks each row and writes the valid ones {@value #BATCH_SIZE} per
 * transaction, with the job's counts and progress in the same transaction: new figures inserted with their first
 * revision, changed ones corrected with a new revision (source {@code IMPORT}), equal ones left alone — so the same
 * file twice changes nothing the second time, and a resumed job skips exactly the rows already counted. Row checks
 * are the form's: the enterprise enrolled that month, the KPI the program's and the enterprise's (a blank credit
 * code with a program-level KPI is the zone's figure), the month ended and not confirmed. The zone's import is not
 * held to the window (as the zone's form is not); a first report after the due day is late.
 */
@Component
class FigureImportJob implements JobHandler {

	static final String KIND = "program-figure-import";

	static final int MAX_ROWS = 300_000;

	static final int BATCH_SIZE = 1_000;

	static final int MAX_ERRORS_KEPT = 1_000;

	private static final Logger log = LoggerFactory.getLogger(FigureImportJob.class);

	private final TenancyGuard tenancy;

	private final Programs programs;

	private final Enrolments enrolments;

	private final FigureMapper figures;

	private final FigureImportMapper imports;

	private final EnterpriseDirectory directory;

	private final FileStore files;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	FigureImportJob(TenancyGuard tenancy, Programs programs, Enrolments enrolments, FigureMapper figures,
			FigureImportMapper imports, EnterpriseDirectory directory, FileStore files,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock,
			JsonMapper json) {
		this.tenancy = tenancy;
		this.programs = programs;
		this.enrolments = enrolments;
		this.figures = figures;
		this.imports = imports;
		this.directory = directory;
		this.files = files;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean resumesAfterLoss() {
		return true;
	}

	@Override
	public ErrorCode failed(Job job, FailureCause cause) {
		ErrorCode code = ImportError.jobFailure(cause);
		FigureImportRow state = imports.find(job.zone(), null, job.subjectId());
		if (state != null && !state.status().equals("SUCCEEDED") && !state.status().equals("FAILED")) {
			imports.update(job.zone(), ended(state, "FAILED", code));
		}
		return code;
	}

	@Override
	public JobOutcome run(RunningJob running) {
		Job job = running.job();
		FigureImportRow state = imports.find(job.zone(), null, job.subjectId());
		if (state == null) {
			throw new IllegalStateException("Job " + job.id() + " names figure import " + job.subjectId() + ", which is gone");
		}
		if (state.status().equals("SUCCEEDED")) {
			return JobOutcome.succeeded();
		}
		if (state.status().equals("FAILED")) {
			return JobOutcome.failed(ErrorCode.of(state.failureCode()));
		}
		ZoneScope zone;
		try {
			zone = tenancy.actForZoneAdmin(job.zone().zoneCode(), job.requestedBy());
		}
		catch (ApiProblem refused) {
			return fail(job.zone(), state, refused.code() == ErrorCode.ACCOUNT_NOT_BOUND ? ErrorCode.IMPORT_UPLOADER_GONE
					: refused.code());
		}
		return new Run(running, zone, state).execute();
	}

	private JobOutcome fail(ZoneScope bookkeeping, FigureImportRow state, ErrorCode code) {
		transactions.executeWithoutResult(status -> imports.update(bookkeeping, ended(state, "FAILED", code)));
		return JobOutcome.failed(code);
	}

	private FigureImportRow ended(FigureImportRow state, String status, ErrorCode failure) {
		return state.with(status, state.totalRows(), state.processedRows(), state.createdCount(), state.updatedCount(),
				state.unchangedCount(), state.rejectedCount(), state.errorCount(), state.errors(),
				failure == null ? null : failure.code(), state.startedAt() == null ? now() : state.startedAt(), now());
	}

	/** A valid-looking row waiting for its batch. */
	private record Pending(int rowNumber, String creditCode, String kpiCode, YearMonth month, BigDecimal value) {
	}

	private final class Run {

		private final RunningJob running;

		private final ZoneScope zone;

		private final ZoneScope bookkeeping;

		private FigureImportRow state;

		private final List<ImportError> errors = new ArrayList<>();

		private FigureColumn.Header header;

		private final Map<String, Long> enterpriseIds = new HashMap<>();

		Run(RunningJob running, ZoneScope zone, FigureImportRow state) {
			this.running = running;
			this.zone = zone;
			this.bookkeeping = running.job().zone();
			this.state = state;
			if (state.errors() != null) {
				errors.addAll(List.of(json.readValue(state.errors(), ImportError[].class)));
			}
		}

		JobOutcome execute() {
			long started = System.nanoTime();
			int counted = state.processedRows();
			try (FileStore.LocalFile file = files.local(state.fileSha256()).orElse(null)) {
				if (file == null) {
					return fail(bookkeeping, state, ErrorCode.IMPORT_FILE_GONE);
				}
				Spreadsheet sheet = Spreadsheet.sniff(file.path());
				int total = count(sheet);
				if (total > MAX_ROWS) {
					return fail(bookkeeping, state, ErrorCode.IMPORT_TOO_MANY_ROWS);
				}
				save(state.with("RUNNING", total, counted, state.createdCount(), state.updatedCount(),
						state.unchangedCount(), state.rejectedCount(), state.errorCount(), state.errors(), null,
						state.startedAt() == null ? now() : state.startedAt(), null));
				if (header == null || !header.missing().isEmpty()) {
					return fail(bookkeeping, state, ErrorCode.IMPORT_MISSING_COLUMNS);
				}
				write(sheet, counted);
				save(state.with("SUCCEEDED", state.totalRows(), state.processedRows(), state.createdCount(),
						state.updatedCount(), state.unchangedCount(), state.rejectedCount(), state.errorCount(),
						state.errors(), null, state.startedAt(), now()));
				long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
				log.info("Figure import {} of program {} in zone {}: {} rows in {} ms ({} rows/s): {} created, {} updated, "
						+ "{} unchanged, {} rejected", state.id(), state.programId(), zone.zoneCode(), total - counted,
						millis, (total - counted) * 1000L / millis, state.createdCount(), state.updatedCount(),
						state.unchangedCount(), state.rejectedCount());
				transactions.executeWithoutResult(status -> programs.audit(zone, "program-figure-import",
						String.valueOf(state.id()), "imported", null, Map.of("programId", state.programId(), "created",
								state.createdCount(), "updated", state.updatedCount(), "rejected", state.rejectedCount())));
				return JobOutcome.succeeded();
			}
			catch (Spreadsheet.Refused refused) {
				return fail(bookkeeping, state, refused.reason().code());
			}
			catch (ApiProblem refused) {
				// the program stopped taking figures (closed meanwhile): the batches before stay
				return fail(bookkeeping, state, refused.code());
			}
			catch (IOException unreadable) {
				return fail(bookkeeping, state, ErrorCode.IMPORT_UNREADABLE);
			}
		}

		/** Pass 1: the header and the number of data rows. */
		private int count(Spreadsheet sheet) throws IOException, Spreadsheet.Refused {
			int[] rows = { 0 };
			SheetRows.read(sheet, new SheetRows.Rows() {

				@Override
				public boolean header(int rowNumber, List<String> cells) {
					header = FigureColumn.Header.of(cells);
					return true;
				}

				@Override
				public void row(int rowNumber, List<String> cells) {
					if (++rows[0] > MAX_ROWS) {
						throw new Spreadsheet.StopReading();
					}
				}

			});
			return rows[0];
		}

		/** Pass 2: rows after the first {@code counted} (an earlier run committed those), in batches. */
		private void write(Spreadsheet sheet, int counted) throws IOException, Spreadsheet.Refused {
			List<Pending> batch = new ArrayList<>(BATCH_SIZE);
			List<ImportError> batchErrors = new ArrayList<>();
			int[] processed = { 0 };
			int[] inBatch = { 0 };
			SheetRows.read(sheet, new SheetRows.Rows() {

				@Override
				public boolean header(int rowNumber, List<String> cells) {
					return true;
				}

				@Override
				public void row(int rowNumber, List<String> cells) {
					if (++processed[0] <= counted) {
						return;
					}
					inBatch[0]++;
					Pending pending = parse(rowNumber, cells, batchErrors);
					if (pending != null) {
						batch.add(pending);
					}
					if (inBatch[0] >= BATCH_SIZE) {
						flush(batch, batchErrors, processed[0], inBatch[0]);
						batch.clear();
						batchErrors.clear();
						inBatch[0] = 0;
					}
				}

			});
			if (inBatch[0] > 0) {
				flush(batch, batchErrors, processed[0], inBatch[0]);
			}
		}

		private Pending parse(int rowNumber, List<String> cells, List<ImportError> problems) {
			String code = cell(cells, FigureColumn.CREDIT_CODE);
			String kpi = cell(cells, FigureColumn.KPI_CODE);
			String monthText = cell(cells, FigureColumn.MONTH);
			String valueText = cell(cells, FigureColumn.VALUE);
			int before = problems.size();
			if (kpi == null) {
				problems.add(error(rowNumber, FigureColumn.KPI_CODE, ErrorCode.FIELD_REQUIRED));
			}
			YearMonth month = null;
			if (monthText == null) {
				problems.add(error(rowNumber, FigureColumn.MONTH, ErrorCode.FIELD_REQUIRED));
			}
			else {
				try {
					month = Months.parse(monthText.length() == 6 ? monthText.substring(0, 4) + "-" + monthText.substring(4)
							: monthText.replace('/', '-').replace('.', '-'), "month");
				}
				catch (ApiProblem notAMonth) {
					problems.add(error(rowNumber, FigureColumn.MONTH, ErrorCode.PROGRAM_MONTH_FORMAT));
				}
			}
			BigDecimal value = null;
			if (valueText == null) {
				problems.add(error(rowNumber, FigureColumn.VALUE, ErrorCode.FIELD_REQUIRED));
			}
			else {
				try {
					value = new BigDecimal(valueText.replaceAll("[,，\\s¥￥元]", "")).setScale(2, RoundingMode.HALF_UP);
					if (value.abs().compareTo(new BigDecimal("1E18")) >= 0) {
						problems.add(error(rowNumber, FigureColumn.VALUE, ErrorCode.FIELD_TOO_LARGE, "1E18"));
					}
				}
				catch (NumberFormatException | ArithmeticException notANumber) {
					problems.add(error(rowNumber, FigureColumn.VALUE, ErrorCode.ROW_NOT_A_NUMBER));
				}
			}
			return problems.size() > before ? null
					: new Pending(rowNumber, code == null ? null : EnterpriseDirectory.normalizeCreditCode(code), kpi,
							month, value);
		}

		private String cell(List<String> cells, FigureColumn column) {
			return SheetRows.cell(cells, header.indexes().get(column));
		}

		private ImportError error(int rowNumber, FigureColumn column, ErrorCode code, Object... args) {
			return new ImportError(rowNumber, header.textOf(column), column.key(), code.code(), List.of(args), null);
		}

		/** One batch in one transaction, with the job's counts: what is committed is counted. */
		private void flush(List<Pending> batch, List<ImportError> parseErrors, int processed, int rows) {
			running.checkpoint();
			FigureImportRow next = transactions.execute(status -> writeBatch(batch, parseErrors, processed, rows));
			state = next;
		}

		private FigureImportRow writeBatch(List<Pending> batch, List<ImportError> parseErrors, int processed,
				int rows) {
			ProgramRow program = programs.lock(zone, state.programId());
			if (program.status() != ProgramStatus.ACTIVE) {
				throw new ApiProblem(ErrorCode.PROGRAM_NOT_ACTIVE);
			}
			Map<String, ProgramKpi> kpis = programs.kpis(zone, program.id())
				.stream()
				.collect(Collectors.toMap(ProgramKpi::kpiCode, Function.identity()));
			Map<Long, EnrolmentRow> enrolled = enrolments.rows(zone, program.id())
				.stream()
				.collect(Collectors.toMap(EnrolmentRow::enterpriseId, Function.identity()));
			Set<String> confirmed = new HashSet<>(figures.confirmedMonths(zone, program.id()));
			resolveCreditCodes(batch);
			Instant now = now();
			List<ImportError> problems = new ArrayList<>(parseErrors);
			Map<FigureImportMapper.Key, Pending> wanted = new LinkedHashMap<>();
			for (Pending pending : batch) {
				ErrorCode problem = null;
				FigureColumn column = null;
				Object argument = null;
				Long enterprise = pending.creditCode() == null ? null : enterpriseIds.get(pending.creditCode());
				ProgramKpi kpi = kpis.get(pending.kpiCode());
				if (kpi == null) {
					problem = ErrorCode.PROGRAM_KPI_NOT_IN_PROGRAM;
					column = FigureColumn.KPI_CODE;
					argument = pending.kpiCode();
				}
				else if (pending.creditCode() != null && enterprise == null) {
					problem = ErrorCode.PROGRAM_ROW_UNKNOWN_ENTERPRISE;
					column = FigureColumn.CREDIT_CODE;
				}
				else if ((enterprise == null) != (kpi.reporter() == Reporter.ZONE)) {
					problem = ErrorCode.PROGRAM_KPI_WRONG_REPORTER;
					column = FigureColumn.KPI_CODE;
					argument = pending.kpiCode();
				}
				else if (!program.covers(pending.month())) {
					problem = ErrorCode.PROGRAM_MONTH_OUTSIDE;
					column = FigureColumn.MONTH;
				}
				else if (enterprise != null && (enrolled.get(enterprise) == null
						|| !enrolled.get(enterprise).takesPartIn(pending.month()))) {
					problem = ErrorCode.PROGRAM_ENTERPRISE_NOT_ENROLLED;
					column = FigureColumn.CREDIT_CODE;
					argument = Months.format(pending.month());
				}
				else if (confirmed.contains(Months.format(pending.month()))) {
					problem = ErrorCode.PROGRAM_ROW_MONTH_CONFIRMED;
					column = FigureColumn.MONTH;
					argument = Months.format(pending.month());
				}
				else if (program.window(pending.month()).notYetOpen(now)) {
					problem = ErrorCode.PROGRAM_ROW_MONTH_NOT_OPEN;
					column = FigureColumn.MONTH;
					argument = Months.format(pending.month());
				}
				FigureImportMapper.Key key = problem != null ? null
						: new FigureImportMapper.Key(pending.kpiCode(), enterprise == null ? 0 : enterprise,
								Months.format(pending.month()));
				if (key != null && wanted.containsKey(key)) {
					problem = ErrorCode.PROGRAM_ROW_KEY_REPEATED;
					column = FigureColumn.KPI_CODE;
					argument = wanted.get(key).rowNumber();
				}
				if (problem != null) {
					List<Object> args = argument == null ? List.of() : List.of(argument);
					if (problem == ErrorCode.PROGRAM_MONTH_OUTSIDE) {
						args = List.of(program.startMonth(), program.endMonth());
					}
					problems.add(new ImportError(pending.rowNumber(), header.textOf(column), column.key(), problem.code(),
							args, null));
					continue;
				}
				wanted.put(key, pending);
			}
			int[] counts = upsert(program, wanted, now);
			Set<Integer> rejectedRows = problems.stream().map(ImportError::row).collect(Collectors.toSet());
			int errorCount = state.errorCount() + problems.size();
			problems.sort(java.util.Comparator.comparingInt(ImportError::row));
			for (ImportError problem : problems) {
				if (errors.size() < MAX_ERRORS_KEPT) {
					errors.add(problem);
				}
			}
			FigureImportRow progress = state.with("RUNNING", state.totalRows(), processed,
					state.createdCount() + counts[0], state.updatedCount() + counts[1],
					state.unchangedCount() + counts[2], state.rejectedCount() + rejectedRows.size(), errorCount,
					errors.isEmpty() ? null : json.writeValueAsString(errors), null, state.startedAt(), null);
			imports.update(bookkeeping, progress);
			running.progress(processed, state.totalRows() == null ? null : state.totalRows().longValue());
			return progress;
		}

		/** The ids of the batch's credit codes not looked up yet (the zone's active enterprises only). */
		private void resolveCreditCodes(List<Pending> batch) {
			Set<String> unknown = batch.stream()
				.map(Pending::creditCode)
				.filter(code -> code != null && !enterpriseIds.containsKey(code))
				.collect(Collectors.toSet());
			if (unknown.isEmpty()) {
				return;
			}
			for (EnterpriseDirectory.Listed listed : directory.byCreditCodes(zone, unknown)) {
				if (listed.active()) {
					enterpriseIds.put(listed.creditCode(), listed.id());
				}
			}
		}

		/** @return created, updated, unchanged */
		private int[] upsert(ProgramRow program, Map<FigureImportMapper.Key, Pending> wanted, Instant now) {
			if (wanted.isEmpty()) {
				return new int[3];
			}
			Map<FigureImportMapper.Key, FigureRow> standing = standing(program.id(), wanted.keySet());
			String actor = zone.caller().username();
			List<FigureRow> inserts = new ArrayList<>();
			List<FigureImportMapper.Key> insertedKeys = new ArrayList<>();
			List<FigureImportMapper.NewRevision> revisions = new ArrayList<>();
			Map<String, List<Long>> correctedByMonth = new LinkedHashMap<>();
			Map<String, List<FigureImportMapper.Key>> createdByMonth = new LinkedHashMap<>();
			int unchanged = 0;
			for (Map.Entry<FigureImportMapper.Key, Pending> entry : wanted.entrySet()) {
				FigureImportMapper.Key key = entry.getKey();
				Pending pending = entry.getValue();
				FigureRow current = standing.get(key);
				boolean late = program.window(pending.month()).late(now);
				if (current == null) {
					inserts.add(new FigureRow(null, program.id(), key.kpiCode(), key.subjectId() == 0 ? null : key.subjectId(),
							key.month(), pending.value(), FigureSource.IMPORT, 1, actor, now, now, late, 0));
					insertedKeys.add(key);
					createdByMonth.computeIfAbsent(key.month(), m -> new ArrayList<>()).add(key);
				}
				else if (current.value().compareTo(pending.value()) == 0) {
					unchanged++;
				}
				else {
					if (figures.update(zone, current.id(), pending.value(), FigureSource.IMPORT, actor, now,
							current.version()) == 0) {
						throw ApiProblem.stale();
					}
					revisions.add(new FigureImportMapper.NewRevision(current.id(), new FigureRevision(current.revision() + 1,
							current.value(), pending.value(), FigureSource.IMPORT, state.id(), actor, now, late)));
					correctedByMonth.computeIfAbsent(key.month(), m -> new ArrayList<>()).add(current.id());
				}
			}
			Map<FigureImportMapper.Key, FigureRow> inserted = Map.of();
			if (!inserts.isEmpty()) {
				imports.insertAll(zone, inserts);
				// the ids the database gave, for the first revisions and the events
				inserted = standing(program.id(), insertedKeys);
				for (FigureImportMapper.Key key : insertedKeys) {
					FigureRow row = inserted.get(key);
					revisions.add(new FigureImportMapper.NewRevision(row.id(), new FigureRevision(1, null, row.value(),
							FigureSource.IMPORT, state.id(), actor, now, row.late())));
				}
			}
			if (!revisions.isEmpty()) {
				imports.insertRevisions(zone, revisions);
			}
			Map<FigureImportMapper.Key, FigureRow> created = inserted;
			createdByMonth.forEach((month, keys) -> events.publishEvent(new FiguresReported(zone.zoneId(), program.id(),
					month, null, keys.stream().map(key -> created.get(key).id()).toList(), FigureSource.IMPORT,
					state.id(), now)));
			correctedByMonth.forEach((month, ids) -> events.publishEvent(new FiguresCorrected(zone.zoneId(),
					program.id(), month, null, ids, FigureSource.IMPORT, state.id(), now)));
			return new int[] { inserts.size(), revisions.size() - inserts.size(), unchanged };
		}

		/** The standing figures of these keys, looked up by reporter, month and KPI (an index range). */
		private Map<FigureImportMapper.Key, FigureRow> standing(long programId, java.util.Collection<FigureImportMapper.Key> keys) {
			Set<Long> subjects = new HashSet<>();
			Set<String> months = new HashSet<>();
			Set<String> codes = new HashSet<>();
			for (FigureImportMapper.Key key : keys) {
				subjects.add(key.subjectId());
				months.add(key.month());
				codes.add(key.kpiCode());
			}
			Set<FigureImportMapper.Key> wanted = new HashSet<>(keys);
			Map<FigureImportMapper.Key, FigureRow> found = new HashMap<>();
			for (FigureRow row : imports.existing(zone, programId, subjects, months, codes)) {
				FigureImportMapper.Key key = new FigureImportMapper.Key(row.kpiCode(),
						row.enterpriseId() == null ? 0 : row.enterpriseId(), row.month());
				if (wanted.contains(key)) {
					found.put(key, row);
				}
			}
			return found;
		}

		private void save(FigureImportRow next) {
			transactions.executeWithoutResult(status -> {
				imports.update(bookkeeping, next);
				running.progress(next.processedRows(), next.totalRows() == null ? null : next.totalRows().longValue());
			});
			state = next;
		}

	}

	static String describe(List<FigureColumn> columns) {
		return columns.stream()
			.map(column -> column.label() + " (" + column.key() + ")")
			.collect(Collectors.joining(", "));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
