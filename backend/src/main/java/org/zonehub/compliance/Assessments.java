package org.zonehub.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.compliance.ZoneCatalogue.CatalogueInForce;
import org.zonehub.enterprise.Enterprise;
import org.zonehub.enterprise.EnterpriseDirectory;
import org.zonehub.enterprise.EnterpriseStatus;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Self-assessments and their review. The state machine is {@link AssessmentStatus}; every change locks the
 * assessment row, checks the state it is in (409 if the step is not allowed from there), records the step in the
 * history, publishes {@link AssessmentTransitioned} and writes the audit trail, all in one transaction.
 */
@Service
class Assessments {

	/** Dates (due dates, overdue) are the zones' calendar days. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int DEFAULT_DUE_DAYS = 30;

	private final AssessmentMapper assessments;

	private final EvidenceMapper evidence;

	private final RectificationMapper tasks;

	private final ZoneCatalogue catalogue;

	private final EnterpriseDirectory enterprises;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assessments(AssessmentMapper assessments, EvidenceMapper evidence, RectificationMapper tasks,
			ZoneCatalogue catalogue, EnterpriseDirectory enterprises, ApplicationEventPublisher events, Clock clock) {
		this.assessments = assessments;
		this.evidence = evidence;
		this.tasks = tasks;
		this.catalogue = catalogue;
		this.enterprises = enterprises;
		this.events = events;
		this.clock = clock;
	}

	/** Starts an assessment on the catalogue in force, filtered to the enterprise's kinds and customs modes. */
	@Transactional
	Assessment start(ZoneScope zone, long enterpriseId) {
		zone.requireOwnEnterprise(enterpriseId);
		Enterprise enterprise = enterprises.find(zone, enterpriseId)
			.orElseThrow(() -> ApiProblem.notFound());
		if (enterprise.status() != EnterpriseStatus.ACTIVE) {
			throw new ApiProblem(ErrorCode.ASSESSMENT_NEEDS_ACTIVE_ENTERPRISE);
		}
		Long open = assessments.findOpen(zone, enterpriseId);
		if (open != null) {
			throw new ApiProblem(ErrorCode.ASSESSMENT_IN_PROGRESS, open);
		}
		CatalogueInForce inForce = catalogue.inForce(zone);
		List<Requirement> applicable = inForce.requirements()
			.stream()
			.filter(requirement -> appliesTo(requirement, enterprise))
			.toList();
		if (applicable.isEmpty()) {
			throw new ApiProblem(ErrorCode.NO_REQUIREMENT_APPLIES);
		}
		GeneratedId key = new GeneratedId();
		Instant now = now();
		try {
			assessments.insert(zone, enterpriseId, inForce.baseline() == null ? null : inForce.baseline().versionNo(),
					zone.caller().username(), now, key);
		}
		catch (DuplicateKeyException raced) {
			throw new ApiProblem(ErrorCode.ASSESSMENT_STARTED_MEANWHILE);
		}
		long id = key.getId();
		assessments.insertItems(zone, id, applicable);
		record(zone, id, null, AssessmentStatus.DRAFT, null, now);
		audit(zone, id, "started", null, Map.of("status", AssessmentStatus.DRAFT, "items", applicable.size()));
		return find(zone, id);
	}

	static boolean appliesTo(Requirement requirement, Enterprise enterprise) {
		return (requirement.appliesToKinds().isEmpty()
				|| !Collections.disjoint(requirement.appliesToKinds(), enterprise.kinds()))
				&& (requirement.appliesToModes().isEmpty() || (enterprise.customsModes() != null
						&& !Collections.disjoint(requirement.appliesToModes(), enterprise.customsModes())));
	}

	Assessment find(ZoneScope zone, long id) {
		AssessmentRow row = header(zone, id);
		Map<String, List<Evidence>> files = evidence.forAssessment(zone, id)
			.stream()
			.collect(Collectors.groupingBy(EvidenceRow::itemCode, LinkedHashMap::new,
					Collectors.mapping(Evidence::from, Collectors.toList())));
		List<ItemRow> itemRows = assessments.items(zone, id);
		List<AssessmentItem> items = itemRows.stream()
			.map(item -> AssessmentItem.from(item, files.getOrDefault(item.code(), List.of())))
			.toList();
		List<Missing> missing = row.status().editable() ? missing(items) : List.of();
		return new Assessment(row.id(), row.enterpriseId(), row.enterpriseName(), row.creditCode(),
				row.baselineVersionNo(), row.status(), row.startedBy(), row.startedAt(), row.submittedAt(),
				row.decidedBy(), row.decidedAt(), row.score(), row.level(), row.version(), items, missing,
				assessments.history(zone, id), rectifications(zone, id), Scoring.RULES);
	}

	PageResult<AssessmentSummary> list(ZoneScope zone, AssessmentStatus status, Long enterpriseId, PageRequest page) {
		Long onlyEnterprise = zone.enterpriseFilter(enterpriseId);
		Instant now = clock.instant();
		List<AssessmentSummary> items = assessments.list(zone, status, onlyEnterprise, page)
			.stream()
			.map(row -> new AssessmentSummary(row.id(), row.enterpriseId(), row.enterpriseName(), row.creditCode(),
					row.baselineVersionNo(), row.status(), row.startedAt(), row.submittedAt(), row.decidedAt(),
					row.score(), row.level(),
					row.status() == AssessmentStatus.SUBMITTED && row.submittedAt() != null
							? Duration.between(row.submittedAt(), now).toMinutes() : null,
					row.items(), row.answered()))
			.toList();
		return new PageResult<>(items, page.page(), page.size(), assessments.count(zone, status, onlyEnterprise));
	}

	/** Saves draft answers; all or none (an unknown code refuses the whole save). */
	@Transactional
	Assessment saveAnswers(ZoneScope zone, long id, AnswersForm form) {
		AssessmentRow row = header(zone, id);
		zone.requireOwnEnterprise(row.enterpriseId());
		AssessmentStatus status = assessments.lockStatus(zone, id);
		if (!status.editable()) {
			throw new ApiProblem(ErrorCode.ASSESSMENT_LOCKED, status);
		}
		Set<String> codes = new HashSet<>();
		assessments.items(zone, id).forEach(item -> codes.add(item.code()));
		List<FieldProblem> unknown = new ArrayList<>();
		for (int i = 0; i < form.answers().size(); i++) {
			if (!codes.contains(form.answers().get(i).code())) {
				unknown.add(new FieldProblem("answers[" + i + "].code", ErrorCode.ANSWER_UNKNOWN_REQUIREMENT));
			}
		}
		if (!unknown.isEmpty()) {
			throw ApiProblem.invalid(unknown);
		}
		Instant now = now();
		Map<String, Object> saved = new LinkedHashMap<>();
		for (AnswerForm answer : form.answers()) {
			AnswerForm clean = new AnswerForm(answer.code(), answer.answer(), blankToNull(answer.comment()));
			assessments.saveAnswer(zone, id, clean, zone.caller().username(), now);
			saved.put(answer.code(), answer.answer());
		}
		audit(zone, id, "answered", null, saved);
		return find(zone, id);
	}

	@Transactional
	Assessment submit(ZoneScope zone, long id) {
		AssessmentRow row = header(zone, id);
		zone.requireOwnEnterprise(row.enterpriseId());
		AssessmentStatus from = lockFor(zone, id, AssessmentStatus.SUBMITTED);
		Assessment current = find(zone, id);
		if (!current.missing().isEmpty()) {
			throw ApiProblem.invalid(current.missing()
				.stream()
				.map(missing -> new FieldProblem("items[" + missing.code() + "]", missing.problem()))
				.toList());
		}
		move(zone, row, from, AssessmentStatus.SUBMITTED, null, null, null);
		return find(zone, id);
	}

	@Transactional
	Assessment comment(ZoneScope zone, long id, String code, ReviewCommentForm form) {
		zone.requireZoneAdmin();
		header(zone, id);
		AssessmentStatus status = assessments.lockStatus(zone, id);
		if (status != AssessmentStatus.SUBMITTED) {
			throw new ApiProblem(ErrorCode.REVIEW_NEEDS_SUBMITTED, status);
		}
		if (assessments.saveReviewComment(zone, id, code, blankToNull(form.comment())) == 0) {
			throw ApiProblem.notFound();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("item", code);
		after.put("reviewComment", blankToNull(form.comment()));
		audit(zone, id, "commented", null, after);
		return find(zone, id);
	}

	@Transactional
	Assessment returnForChanges(ZoneScope zone, long id, DecisionForm form) {
		zone.requireZoneAdmin();
		AssessmentRow row = header(zone, id);
		AssessmentStatus from = lockFor(zone, id, AssessmentStatus.RETURNED);
		String comment = blankToNull(form.comment());
		if (comment == null) {
			throw ApiProblem.invalid("comment", ErrorCode.RETURN_COMMENT_REQUIRED);
		}
		move(zone, row, from, AssessmentStatus.RETURNED, form.version(), comment, null);
		return find(zone, id);
	}

	@Transactional
	Assessment approve(ZoneScope zone, long id, DecisionForm form) {
		zone.requireZoneAdmin();
		AssessmentRow row = header(zone, id);
		AssessmentStatus from = lockFor(zone, id, AssessmentStatus.APPROVED);
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		LocalDate dueDate = form.dueDate() == null ? today.plusDays(DEFAULT_DUE_DAYS) : form.dueDate();
		if (dueDate.isBefore(today)) {
			throw ApiProblem.invalid("dueDate", ErrorCode.FIELD_NOT_IN_PAST);
		}
		Scoring.Result result = Scoring.score(assessments.items(zone, id)
			.stream()
			.map(item -> new Scoring.Scored(item.weight(), item.answer()))
			.toList());
		move(zone, row, from, AssessmentStatus.APPROVED, form.version(), blankToNull(form.comment()), result);
		Enterprise enterprise = enterprises.find(zone, row.enterpriseId()).orElseThrow();
		String owner = enterprise.contactName() != null ? enterprise.contactName() : enterprise.nameZh();
		tasks.createFor(zone, id, owner.length() > 100 ? owner.substring(0, 100) : owner, dueDate, now());
		for (TaskRow task : tasks.forAssessment(zone, id)) {
			events.publishEvent(new RectificationChanged(zone.zoneId(), zone.zoneCode(), task.enterpriseId(),
					task.id(), null, TaskStatus.OPEN, task.dueDate(), task.createdAt()));
			events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
					"rectification", String.valueOf(task.id()), "created", null,
					RectificationTask.from(task, today, List.of())));
		}
		return find(zone, id);
	}

	/** Locks the assessment and checks {@code target} may follow its state: 409 names both if not. */
	private AssessmentStatus lockFor(ZoneScope zone, long id, AssessmentStatus target) {
		AssessmentStatus status = assessments.lockStatus(zone, id);
		if (!status.canMoveTo(target)) {
			throw new ApiProblem(ErrorCode.ILLEGAL_TRANSITION, status, target);
		}
		return status;
	}

	private void move(ZoneScope zone, AssessmentRow row, AssessmentStatus from, AssessmentStatus to,
			Integer version, String comment, Scoring.Result result) {
		Instant now = now();
		if (assessments.move(zone, row.id(), from, to, version, zone.caller().username(), now,
				result == null ? null : result.score(), result == null ? null : result.level()) == 0) {
			throw ApiProblem.stale();
		}
		record(zone, row.id(), from, to, comment, now);
		events.publishEvent(new AssessmentTransitioned(zone.zoneId(), zone.zoneCode(), row.enterpriseId(), row.id(),
				from, to, result == null ? null : result.score(), result == null ? null : result.level(), now));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", to);
		if (comment != null) {
			after.put("comment", comment);
		}
		if (result != null) {
			after.put("score", result.score());
			after.put("level", result.level());
		}
		audit(zone, row.id(), to.name().toLowerCase(Locale.ROOT), Map.of("status", from), after);
	}

	private void record(ZoneScope zone, long id, AssessmentStatus from, AssessmentStatus to, String comment,
			Instant at) {
		assessments.insertTransition(zone, id, new Transition(from, to, zone.caller().username(),
				zone.caller().displayName(), at, comment));
	}

	/** The assessment's header; 404 if it is not in the zone or belongs to another enterprise than the caller's. */
	private AssessmentRow header(ZoneScope zone, long id) {
		AssessmentRow row = assessments.find(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		zone.requireEnterprise(row.enterpriseId());
		return row;
	}

	private List<RectificationTask> rectifications(ZoneScope zone, long assessmentId) {
		List<TaskRow> rows = tasks.forAssessment(zone, assessmentId);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Evidence>> files = evidence.forTasks(zone, rows.stream().map(TaskRow::id).toList())
			.stream()
			.collect(Collectors.groupingBy(EvidenceRow::taskId, Collectors.mapping(Evidence::from,
					Collectors.toList())));
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		return rows.stream()
			.map(task -> RectificationTask.from(task, today, files.getOrDefault(task.id(), List.of())))
			.toList();
	}

	static List<Missing> missing(List<AssessmentItem> items) {
		List<Missing> missing = new ArrayList<>();
		for (AssessmentItem item : items) {
			if (item.answer() == null) {
				missing.add(new Missing(item.code(), Missing.Reason.UNANSWERED));
			}
			else if (item.answer() == Answer.NOT_APPLICABLE && item.comment() == null) {
				missing.add(new Missing(item.code(), Missing.Reason.REASON));
			}
			else if (item.answer().claimsCompliance() && item.evidenceRequired() && item.evidence().isEmpty()) {
				missing.add(new Missing(item.code(), Missing.Reason.EVIDENCE));
			}
		}
		return missing;
	}

	private void audit(ZoneScope zone, long id, String action, Object before, Object after) {
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"assessment", String.valueOf(id), action, before, after));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
