package org.zonehub.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Rectification tasks after approval: the zone sets owner and due date, the enterprise submits its fix with
 * evidence, the zone verifies it or reopens the task. Overdue is computed on read from the zones' calendar.
 */
@Service
class Rectifications {

	private final RectificationMapper tasks;

	private final EvidenceMapper evidence;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rectifications(RectificationMapper tasks, EvidenceMapper evidence, ApplicationEventPublisher events,
			Clock clock) {
		this.tasks = tasks;
		this.evidence = evidence;
		this.events = events;
		this.clock = clock;
	}

	PageResult<RectificationTask> list(ZoneScope zone, TaskFilter filter, PageRequest page) {
		TaskFilter scoped = new TaskFilter(filter.status(), zone.enterpriseFilter(filter.enterpriseId()),
				filter.assessmentId(), filter.overdue());
		LocalDate today = today();
		List<TaskRow> rows = tasks.list(zone, scoped, today, page);
		Map<Long, List<Evidence>> files = rows.isEmpty() ? Map.of()
				: evidence.forTasks(zone, rows.stream().map(TaskRow::id).toList())
					.stream()
					.collect(Collectors.groupingBy(EvidenceRow::taskId,
							Collectors.mapping(Evidence::from, Collectors.toList())));
		return new PageResult<>(
				rows.stream()
					.map(row -> RectificationTask.from(row, today, files.getOrDefault(row.id(), List.of())))
					.toList(),
				page.page(), page.size(), tasks.count(zone, scoped, today));
	}

	RectificationTask find(ZoneScope zone, long id) {
		TaskRow row = row(zone, id);
		return RectificationTask.from(row, today(), evidence.forTasks(zone, List.of(id))
			.stream()
			.map(Evidence::from)
			.toList());
	}

	@Transactional
	RectificationTask reassign(ZoneScope zone, long id, TaskChangeForm form) {
		zone.requireZoneAdmin();
		TaskRow before = row(zone, id);
		if (before.status() == TaskStatus.VERIFIED) {
			throw new ApiProblem(ErrorCode.TASK_CLOSED);
		}
		if (form.dueDate().isBefore(today())) {
			throw ApiProblem.invalid("dueDate", ErrorCode.FIELD_NOT_IN_PAST);
		}
		TaskChangeForm clean = new TaskChangeForm(form.owner().strip(), form.dueDate(), form.version());
		if (tasks.reassign(zone, id, clean) == 0) {
			throw stale();
		}
		return changed(zone, before, before.status(), "reassigned");
	}

	/** The enterprise's fix: a note saying what was done, and at least one evidence file already attached. */
	@Transactional
	RectificationTask submit(ZoneScope zone, long id, TaskStepForm form) {
		TaskRow before = row(zone, id);
		zone.requireOwnEnterprise(before.enterpriseId());
		requireStep(before, TaskStatus.SUBMITTED);
		String note = Assessments.blankToNull(form.note());
		if (note == null) {
			throw ApiProblem.invalid("note", ErrorCode.FIX_NOTE_REQUIRED);
		}
		if (evidence.forTasks(zone, List.of(id)).isEmpty()) {
			throw ApiProblem.invalid("evidence", ErrorCode.FIX_EVIDENCE_REQUIRED);
		}
		return step(zone, before, TaskStatus.SUBMITTED, form.version(), note, "submitted");
	}

	@Transactional
	RectificationTask verify(ZoneScope zone, long id, TaskStepForm form) {
		zone.requireZoneAdmin();
		TaskRow before = row(zone, id);
		requireStep(before, TaskStatus.VERIFIED);
		return step(zone, before, TaskStatus.VERIFIED, form.version(), Assessments.blankToNull(form.note()),
				"verified");
	}

	@Transactional
	RectificationTask reopen(ZoneScope zone, long id, TaskStepForm form) {
		zone.requireZoneAdmin();
		TaskRow before = row(zone, id);
		requireStep(before, TaskStatus.REOPENED);
		String comment = Assessments.blankToNull(form.note());
		if (comment == null) {
			throw ApiProblem.invalid("note", ErrorCode.REOPEN_NOTE_REQUIRED);
		}
		return step(zone, before, TaskStatus.REOPENED, form.version(), comment, "reopened");
	}

	private static void requireStep(TaskRow task, TaskStatus target) {
		if (!task.status().canMoveTo(target)) {
			throw new ApiProblem(ErrorCode.ILLEGAL_TRANSITION, task.status(), target);
		}
	}

	private RectificationTask step(ZoneScope zone, TaskRow before, TaskStatus to, int version, String note,
			String action) {
		if (tasks.move(zone, before.id(), before.status(), to, version, note, zone.caller().username(),
				now()) == 0) {
			throw stale();
		}
		return changed(zone, before, to, action);
	}

	private RectificationTask changed(ZoneScope zone, TaskRow before, TaskStatus to, String action) {
		RectificationTask after = find(zone, before.id());
		events.publishEvent(new RectificationChanged(zone.zoneId(), zone.zoneCode(), before.enterpriseId(),
				before.id(), before.status(), to, after.dueDate(), now()));
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"rectification", String.valueOf(before.id()), action,
				RectificationTask.from(before, today(), List.of()), after));
		return after;
	}

	/** The task; 404 if it is not in the zone or belongs to another enterprise than the caller's. */
	TaskRow row(ZoneScope zone, long id) {
		TaskRow row = tasks.find(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		zone.requireEnterprise(row.enterpriseId());
		return row;
	}

	private static ApiProblem stale() {
		return ApiProblem.stale();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Assessments.CHINA));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
