package org.zonehub.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.action.AssignmentRows.EvidenceRow;
import org.zonehub.action.AssignmentRows.HistoryRow;
import org.zonehub.action.AssignmentRows.ReportRow;
import org.zonehub.action.AssignmentRows.Reported;
import org.zonehub.platform.files.FileStore;
import org.zonehub.platform.files.FileTypes;
import org.zonehub.platform.files.StoredFile;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;

/**
 * Reporting per measure: the zone's administrators keep one draft per assignment (with evidence), submit it
 * (frozen from then on; it becomes the measure's state), or report several measures at once for a period. Ministry
 * returns a submitted report asking for more, which the zone answers with a new report. Each step is in the
 * assignment's history; each step locks the assignment's row first, so two steps on one measure run one at a time.
 */
@Service
class Reporting {

	static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

	/** An evidence row with its content, for download. */
	record Download(EvidenceRow row, InputStream content) {
	}

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ActionCatalog catalog;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reporting(ActionMapper actions, AssignmentMapper assignments, ActionCatalog catalog, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.actions = actions;
		this.assignments = assignments;
		this.catalog = catalog;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	Assignment.AssignmentDetail detail(ZoneScope zone, long assignmentId) {
		AssignmentRow row = row(zone, assignmentId);
		ActionRow action = actions.find(row.actionId());
		List<LocalDate> dates = catalog.reportingDates(action);
		List<ReportRow> reports = assignments.reportsOf(zone, assignmentId);
		Map<Long, List<Assignment.ActionEvidenceFile>> evidence = reports.isEmpty() ? Map.of()
				: assignments.evidenceOf(zone, reports.stream().map(ReportRow::id).toList())
					.stream()
					.collect(Collectors.groupingBy(EvidenceRow::reportId,
							Collectors.mapping(Assignment.ActionEvidenceFile::of, Collectors.toList())));
		Assignment.ActionReport draft = null;
		List<Assignment.ActionReport> submitted = new ArrayList<>();
		Set<LocalDate> reported = new HashSet<>();
		for (ReportRow report : reports) {
			Assignment.ActionReport view = Assignment.ActionReport.of(report, evidence.getOrDefault(report.id(), List.of()));
			if (report.state() == ReportState.DRAFT) {
				draft = view;
			}
			else {
				submitted.add(view);
				reported.add(report.period());
			}
		}
		List<Assignment.AssignmentStep> history = new ArrayList<>();
		history.add(new Assignment.AssignmentStep("assigned", action.launchedBy(), row.createdAt(), null, null));
		assignments.historyOf(zone, assignmentId).stream().map(Assignment.AssignmentStep::of).forEach(history::add);
		return new Assignment.AssignmentDetail(Assignment.of(row, dates, reported, today()), action.nameZh(), action.nameEn(),
				action.status(), dates, draft, submitted, history);
	}

	@Transactional
	void contact(ZoneScope zone, long assignmentId, AssignmentContactForm form) {
		zone.requireZoneAdmin();
		row(zone, assignmentId);
		if (assignments.updateContact(zone, assignmentId, form.responsibleUnit().strip(), form.contactPerson().strip(),
				form.version()) == 0) {
			throw ApiProblem.stale();
		}
	}

	/** Starts the assignment's draft, or changes it (with its version). */
	@Transactional
	void saveDraft(ZoneScope zone, long assignmentId, ActionReportForm form) {
		zone.requireZoneAdmin();
		AssignmentRow assignment = lockedOpen(zone, assignmentId);
		ReportRow fields = checked(zone, assignment, form.period(), form.status(), form.progressNote(), form.figure(),
				form.unit(), form.completedOn(), form.naReason(), "");
		write(zone, assignment, fields, form.version());
	}

	@Transactional
	Assignment.ActionEvidenceFile attach(ZoneScope zone, long assignmentId, MultipartFile file) {
		zone.requireZoneAdmin();
		lockedOpen(zone, assignmentId);
		ReportRow draft = assignments.draftOf(zone, assignmentId);
		if (draft == null) {
			throw new ApiProblem(ErrorCode.REPORT_DRAFT_REQUIRED);
		}
		if (file == null) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_REQUIRED);
		}
		if (file.getSize() > MAX_EVIDENCE_BYTES) {
			throw ApiProblem.invalid("file", ErrorCode.FILE_TOO_LARGE, MAX_EVIDENCE_BYTES / (1024 * 1024));
		}
		try (InputStream content = file.getInputStream()) {
			return attach(zone, draft, file.getOriginalFilename(), content);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Demo data attaches files it has at hand rather than uploads. */
	Assignment.ActionEvidenceFile attach(ZoneScope zone, ReportRow draft, String fileName, InputStream content) {
		StoredFile stored = files.store(content, MAX_EVIDENCE_BYTES);
		EvidenceRow row = new EvidenceRow(0, draft.id(), stored.sha256(), stored.sizeBytes(), stored.mediaType(),
				FileTypes.safeName(fileName, stored.mediaType(), "evidence"), zone.caller().username(), now());
		GeneratedId key = new GeneratedId();
		assignments.insertEvidence(zone, row, key);
		return Assignment.ActionEvidenceFile.of(assignments.findEvidence(zone, key.getId()));
	}

	/** Submits the draft: frozen from now on, and the measure's state. */
	@Transactional
	void submit(ZoneScope zone, long assignmentId, int version) {
		zone.requireZoneAdmin();
		AssignmentRow assignment = lockedOpen(zone, assignmentId);
		ReportRow draft = assignments.draftOf(zone, assignmentId);
		if (draft == null) {
			throw new ApiProblem(ErrorCode.REPORT_DRAFT_REQUIRED);
		}
		submit(zone, assignment, draft, version);
	}

	/**
	 * One report for the period on several of the zone's measures of the action, all submitted in this transaction
	 * or none. A measure the zone has no assignment for answers 409.
	 */
	@Transactional
	List<Long> batch(ZoneScope zone, long actionId, BatchReportForm form) {
		zone.requireZoneAdmin();
		if (!assignments.actionIds(zone).contains(actionId)) {
			throw ApiProblem.notFound();
		}
		Set<Long> seen = new HashSet<>();
		List<FieldProblem> duplicates = new ArrayList<>();
		for (int index = 0; index < form.entries().size(); index++) {
			if (!seen.add(form.entries().get(index).measureId())) {
				duplicates.add(new FieldProblem("entries[" + index + "].measureId", ErrorCode.REPORT_DUPLICATE_MEASURE));
			}
		}
		if (!duplicates.isEmpty()) {
			throw ApiProblem.invalid(duplicates);
		}
		List<Long> reported = new ArrayList<>();
		for (int index = 0; index < form.entries().size(); index++) {
			BatchReportForm.BatchReportEntry entry = form.entries().get(index);
			AssignmentRow found = assignments.findByMeasure(zone, entry.measureId());
			if (found == null || found.actionId() != actionId) {
				throw new ApiProblem(ErrorCode.MEASURE_NOT_ASSIGNED,
						new FieldProblem("entries[" + index + "].measureId", ErrorCode.FIELD_INVALID),
						entry.measureId());
			}
			AssignmentRow assignment = lockedOpen(zone, found.id());
			ReportRow fields = checked(zone, assignment, form.period(), entry.status(), entry.progressNote(), entry.figure(),
					entry.unit(), entry.completedOn(), entry.naReason(), "entries[" + index + "].");
			ReportRow draft = write(zone, assignment, fields, entry.draftVersion());
			submit(zone, assignment, draft, draft.version());
			reported.add(assignment.id());
		}
		return reported;
	}

	/**
	 * Ministry returns a zone's latest submitted report on a national action, asking for more (请补充). Only
	 * ministry's own actions: a zone's own action is the zone's business (403).
	 */
	@Transactional
	void returnReport(ZoneScope ministry, long reportId, ReportReturnForm form) {
		if (ActionCatalog.blankToNull(form.comment()) == null) {
			throw ApiProblem.invalid("comment", ErrorCode.RETURN_COMMENT_REQUIRED);
		}
		ReportRow report = assignments.findReport(ministry, reportId);
		if (report == null) {
			throw ApiProblem.notFound();
		}
		AssignmentRow assignment = row(ministry, report.assignmentId());
		ActionRow action = actions.find(assignment.actionId());
		if (action.ownerZoneId() != null) {
			throw new ApiProblem(ErrorCode.MINISTRY_READ_ONLY);
		}
		requireOpen(action);
		assignments.lock(ministry, assignment.id());
		ReportRow latest = assignments.latestSubmitted(ministry, assignment.id());
		if (report.state() != ReportState.SUBMITTED || latest == null || latest.id() != reportId) {
			throw new ApiProblem(ErrorCode.REPORT_NOT_RETURNABLE);
		}
		Instant now = now();
		String comment = form.comment().strip();
		if (assignments.returnReport(ministry, reportId, form.version(), ministry.caller().username(), now,
				comment) == 0) {
			throw ApiProblem.stale();
		}
		assignments.markReturned(ministry, assignment.id());
		history(ministry, assignment.id(), reportId, "returned", comment, now);
		events.publishEvent(ActionReportReturned.of(ministry.zoneId(), action.id(), assignment.id(), reportId, now));
	}

	Download download(ZoneScope zone, long evidenceId) {
		EvidenceRow row = assignments.findEvidence(zone, evidenceId);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return new Download(row, files.open(row.sha256()));
	}

	/** Reporting dates reported on, by assignment, for the zone's assignments of these actions. */
	Map<Long, Set<LocalDate>> reportedIn(ZoneScope zone, List<Long> actionIds) {
		if (actionIds.isEmpty()) {
			return Map.of();
		}
		return assignments.reportedIn(zone, actionIds)
			.stream()
			.collect(Collectors.groupingBy(Reported::assignmentId,
					Collectors.mapping(Reported::period, Collectors.toSet())));
	}

	private ReportRow write(ZoneScope zone, AssignmentRow assignment, ReportRow fields, Integer version) {
		ReportRow draft = assignments.draftOf(zone, assignment.id());
		if (draft == null) {
			if (version != null) {
				// the draft the caller saw was submitted meanwhile
				throw ApiProblem.stale();
			}
			GeneratedId key = new GeneratedId();
			assignments.insertReport(zone, fields, key);
			history(zone, assignment.id(), key.getId(), "drafted", null, fields.draftedAt());
			return assignments.findReport(zone, key.getId());
		}
		if (version == null) {
			throw ApiProblem.invalid("version", ErrorCode.VERSION_REQUIRED);
		}
		ReportRow changed = new ReportRow(draft.id(), assignment.id(), fields.period(), ReportState.DRAFT,
				fields.measureStatus(), fields.progressNote(), fields.figure(), fields.unit(), fields.completedOn(),
				fields.naReason(), fields.draftedBy(), fields.draftedAt(), null, null, null, null, null, version);
		if (assignments.updateDraft(zone, changed, version) == 0) {
			throw ApiProblem.stale();
		}
		return assignments.findReport(zone, draft.id());
	}

	private void submit(ZoneScope zone, AssignmentRow assignment, ReportRow draft, int version) {
		Instant now = now();
		if (assignments.submit(zone, draft.id(), version, zone.caller().username(), now) == 0) {
			throw ApiProblem.stale();
		}
		assignments.applyReport(zone, assignment.id(), draft.measureStatus(), draft.period(), now,
				draft.measureStatus() == MeasureStatus.DONE ? draft.completedOn() : null);
		history(zone, assignment.id(), draft.id(), "submitted", null, now);
		events.publishEvent(ActionReported.of(zone.zoneId(), assignment.actionId(), assignment.measureId(),
				assignment.id(), draft.id(), draft.period(), draft.measureStatus(), now));
	}

	/** The report's fields, checked against the rules and the action's reporting dates. */
	private ReportRow checked(ZoneScope zone, AssignmentRow assignment, LocalDate period, MeasureStatus status, String note,
			java.math.BigDecimal figure, String unit, LocalDate completedOn, String naReason, String at) {
		List<FieldProblem> problems = new ArrayList<>();
		ActionRow action = actions.find(assignment.actionId());
		if (!catalog.reportingDates(action).contains(period)) {
			problems.add(new FieldProblem("period", ErrorCode.REPORT_PERIOD_UNKNOWN));
		}
		if (status == MeasureStatus.NOT_APPLICABLE && ActionCatalog.blankToNull(naReason) == null) {
			problems.add(new FieldProblem(at + "naReason", ErrorCode.REPORT_REASON_REQUIRED));
		}
		if (status == MeasureStatus.DONE && completedOn == null) {
			problems.add(new FieldProblem(at + "completedOn", ErrorCode.REPORT_COMPLETION_DATE_REQUIRED));
		}
		if (figure != null && ActionCatalog.blankToNull(unit) == null) {
			problems.add(new FieldProblem(at + "unit", ErrorCode.REPORT_UNIT_REQUIRED));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		return new ReportRow(0, assignment.id(), period, ReportState.DRAFT, status, ActionCatalog.blankToNull(note),
				figure, figure == null ? null : unit.strip(), status == MeasureStatus.DONE ? completedOn : null,
				status == MeasureStatus.NOT_APPLICABLE ? naReason.strip() : null, zone.caller().username(), now(), null, null,
				null, null, null, 0);
	}

	/** The assignment, locked, on an action that takes reports (launched, not closed). */
	private AssignmentRow lockedOpen(ZoneScope zone, long assignmentId) {
		AssignmentRow assignment = row(zone, assignmentId);
		assignments.lock(zone, assignmentId);
		requireOpen(actions.find(assignment.actionId()));
		return assignment;
	}

	private static void requireOpen(ActionRow action) {
		if (action.status() == ActionStatus.CLOSED) {
			throw new ApiProblem(ErrorCode.ACTION_CLOSED);
		}
		if (action.status() != ActionStatus.LAUNCHED) {
			throw new ApiProblem(ErrorCode.ACTION_NOT_LAUNCHED);
		}
	}

	private AssignmentRow row(ZoneScope zone, long id) {
		AssignmentRow row = assignments.find(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return row;
	}

	private void history(ZoneScope zone, long assignmentId, Long reportId, String step, String comment,
			Instant at) {
		assignments.insertHistory(zone,
				new HistoryRow(0, assignmentId, reportId, step, zone.caller().username(), at, comment));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Supervision.CHINA));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
