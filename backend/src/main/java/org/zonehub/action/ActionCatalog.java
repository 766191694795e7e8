package org.zonehub.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.action.ActionForm.ActionKeyTaskForm;
import org.zonehub.action.ActionForm.ActionMeasureForm;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.ActionRows.KeyTaskRow;
import org.zonehub.action.ActionRows.MeasureRow;
import org.zonehub.action.ActionRows.MeasureZone;
import org.zonehub.action.ActionRows.ZoneRef;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing actions (drafts, replaced whole on each save), launching them with their fan-out, closing them, and
 * replicating mature measures nationwide. Ministry owns national actions; a zone owns its own, scoped to itself.
 */
@Service
class ActionCatalog {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	ActionCatalog(ActionMapper actions, AssignmentMapper assignments, ApplicationEventPublisher events,
			JsonMapper json, Clock clock) {
		this.actions = actions;
		this.assignments = assignments;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	Action create(Owner owner, ActionForm form) {
		Checked checked = check(owner, form);
		GeneratedId key = new GeneratedId();
		actions.insertAction(row(0, owner, form, checked, null), key);
		writeChildren(key.getId(), form, checked, null);
		return find(owner, key.getId());
	}

	@Transactional
	Action update(Owner owner, long id, ActionForm form) {
		ActionRow current = lockOwned(owner, id);
		if (current.status() != ActionStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.ACTION_NOT_DRAFT);
		}
		if (form.version() == null) {
			throw ApiProblem.invalid("version", ErrorCode.VERSION_REQUIRED);
		}
		Checked checked = check(owner, form);
		if (actions.updateDraft(row(id, owner, form, checked, current.sourceActionId()), form.version()) == 0) {
			throw ApiProblem.stale();
		}
		// replication links survive an edit: a measure keeps its source where its number stays
		Map<String, Long> sources = new HashMap<>();
		for (MeasureRow measure : actions.measures(id)) {
			if (measure.sourceMeasureId() != null) {
				sources.put(measure.number(), measure.sourceMeasureId());
			}
		}
		actions.deleteMeasureZones(id);
		actions.deleteMeasures(id);
		actions.deleteKeyTasks(id);
		actions.deleteActionZones(id);
		writeChildren(id, form, checked, sources);
		return find(owner, id);
	}

	/**
	 * Launches a draft: one assignment per live zone in scope and measure that applies to it, written by one
	 * statement in this transaction, which publishes one event for the whole launch.
	 */
	@Transactional
	Action launch(Owner owner, long id, int version) {
		ActionRow current = lockOwned(owner, id);
		if (current.status() != ActionStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.ACTION_NOT_DRAFT);
		}
		if (actions.measures(id).isEmpty()) {
			throw new ApiProblem(ErrorCode.ACTION_EMPTY);
		}
		Instant now = now();
		if (actions.move(id, ActionStatus.DRAFT, ActionStatus.LAUNCHED, version, owner.actor(), now) == 0) {
			throw ApiProblem.stale();
		}
		List<Long> zones = actions.fanOutZones(id);
		int made = assignments.fanOut(id, now);
		events.publishEvent(ActionLaunched.of(id, owner.zoneId(), zones, made, now));
		return find(owner, id);
	}

	@Transactional
	Action close(Owner owner, long id, int version) {
		ActionRow current = lockOwned(owner, id);
		if (current.status() != ActionStatus.LAUNCHED) {
			throw new ApiProblem(ErrorCode.ACTION_NOT_LAUNCHED);
		}
		Instant now = now();
		if (actions.move(id, ActionStatus.LAUNCHED, ActionStatus.CLOSED, version, owner.actor(), now) == 0) {
			throw ApiProblem.stale();
		}
		events.publishEvent(ActionClosed.of(id, owner.zoneId(), now));
		return find(owner, id);
	}

	/**
	 * Replication nationwide in one step: marks the chosen measures of a launched or closed national action mature
	 * and makes a new all-zones draft from them (their key tasks, texts, departments), each measure linked to its
	 * source and due at the new window's end. Ministry reviews the draft and launches it.
	 */
	@Transactional
	Action replicate(Owner owner, long sourceId, ReplicationForm form) {
		ActionRow source = lockOwned(owner, sourceId);
		if (source.status() == ActionStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.ACTION_NOT_LAUNCHED);
		}
		List<MeasureRow> all = actions.measures(sourceId);
		Set<Long> known = all.stream().map(MeasureRow::id).collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		for (int index = 0; index < form.measureIds().size(); index++) {
			if (!known.contains(form.measureIds().get(index))) {
				problems.add(new FieldProblem("measureIds[" + index + "]", ErrorCode.REPLICATION_MEASURE_UNKNOWN));
			}
		}
		if (form.windowEnd().isBefore(form.windowStart())) {
			problems.add(new FieldProblem("windowEnd", ErrorCode.ACTION_WINDOW_ORDER));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		Set<Long> chosen = new HashSet<>(form.measureIds());
		actions.markMature(sourceId, chosen);
		Map<Long, List<MeasureRow>> byTask = new LinkedHashMap<>();
		for (MeasureRow measure : all) {
			if (chosen.contains(measure.id())) {
				byTask.computeIfAbsent(measure.keyTaskId(), task -> new ArrayList<>()).add(measure);
			}
		}
		Map<Long, KeyTaskRow> tasks = actions.keyTasks(sourceId)
			.stream()
			.collect(Collectors.toMap(KeyTaskRow::id, task -> task));
		List<ActionKeyTaskForm> keyTasks = new ArrayList<>();
		Map<String, Long> sources = new HashMap<>();
		byTask.forEach((taskId, measures) -> keyTasks.add(new ActionKeyTaskForm(tasks.get(taskId).titleZh(),
				tasks.get(taskId).titleEn(), measures.stream().map(measure -> {
					sources.put(measure.number(), measure.id());
					return new ActionMeasureForm(measure.number(), measure.titleZh(), measure.titleEn(),
							measure.descriptionZh(), measure.descriptionEn(), measure.leadDepartment(),
							strings(measure.partnerDepartments()), measure.expectedResult(), form.windowEnd(), null);
				}).toList())));
		ActionForm copy = new ActionForm(form.nameZh(), form.nameEn(), form.year(), source.leadDepartment(),
				strings(source.partnerDepartments()), form.documentNo(), form.windowStart(), form.windowEnd(), null,
				true, null, keyTasks, null);
		Checked checked = check(owner, copy);
		GeneratedId key = new GeneratedId();
		actions.insertAction(row(0, owner, copy, checked, sourceId), key);
		writeChildren(key.getId(), copy, checked, sources);
		return find(owner, key.getId());
	}

	/** The owner's action; 404 for anyone else's. */
	Action find(Owner owner, long id) {
		ActionRow row = actions.findOwned(id, owner.zoneId());
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return assemble(row);
	}

	List<ActionRow> national() {
		return actions.national();
	}

	/** An action by id, whoever owns it: for a zone that holds assignments of it (the caller checks that). */
	Action any(long id) {
		ActionRow row = actions.find(id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return assemble(row);
	}

	Action assemble(ActionRow row) {
		Map<Long, List<String>> measureZones = new HashMap<>();
		for (MeasureZone zone : actions.measureZoneCodes(row.id())) {
			measureZones.computeIfAbsent(zone.measureId(), id -> new ArrayList<>()).add(zone.code());
		}
		Map<Long, List<Action.ActionMeasure>> byTask = new HashMap<>();
		for (MeasureRow measure : actions.measures(row.id())) {
			byTask.computeIfAbsent(measure.keyTaskId(), id -> new ArrayList<>())
				.add(new Action.ActionMeasure(measure.id(), measure.keyTaskId(), measure.number(), measure.titleZh(),
						measure.titleEn(), measure.descriptionZh(), measure.descriptionEn(), measure.leadDepartment(),
						strings(measure.partnerDepartments()), measure.expectedResult(), measure.dueDate(),
						measure.allZones(), measureZones.getOrDefault(measure.id(), List.of()), measure.mature(),
						measure.sourceMeasureId()));
		}
		List<Action.ActionKeyTask> tasks = actions.keyTasks(row.id())
			.stream()
			.map(task -> new Action.ActionKeyTask(task.id(), task.titleZh(), task.titleEn(),
					byTask.getOrDefault(task.id(), List.of())))
			.toList();
		List<LocalDate> listed = dates(row.reportingDates());
		return new Action(row.id(), row.ownerCode(), row.nameZh(), row.nameEn(), row.year(), row.leadDepartment(),
				strings(row.partnerDepartments()), row.documentNo(), row.windowStart(), row.windowEnd(),
				Supervision.reportingDates(row.windowStart(), row.windowEnd(), listed), listed.isEmpty(),
				row.allZones(), row.allZones() ? List.of() : actions.actionZoneCodes(row.id()), row.status(),
				row.sourceActionId(), row.createdBy(), row.createdAt(), row.launchedAt(), row.closedAt(), tasks,
				row.version());
	}

	/** The action's reporting dates, worked out. */
	List<LocalDate> reportingDates(ActionRow row) {
		return Supervision.reportingDates(row.windowStart(), row.windowEnd(), dates(row.reportingDates()));
	}

	private ActionRow lockOwned(Owner owner, long id) {
		ActionRow row = actions.lockOwned(id, owner.zoneId());
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return row;
	}

	/**
	 * What checking a form found out.
	 *
	 * @param scope the action's zones when not all zones (a zone's own action: that zone)
	 * @param zones the zones the form names, by code
	 */
	private record Checked(boolean national, boolean allZones, List<Long> scope, Map<String, ZoneRef> zones) {
	}

	private Checked check(Owner owner, ActionForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.windowEnd().isBefore(form.windowStart())) {
			problems.add(new FieldProblem("windowEnd", ErrorCode.ACTION_WINDOW_ORDER));
		}
		List<LocalDate> listed = form.reportingDates() == null ? List.of() : form.reportingDates();
		for (int index = 0; index < listed.size(); index++) {
			if (outside(listed.get(index), form)) {
				problems.add(new FieldProblem("reportingDates[" + index + "]", ErrorCode.ACTION_DATE_OUTSIDE_WINDOW));
			}
		}
		boolean allZones = owner.national() && !Boolean.FALSE.equals(form.allZones());
		Set<String> named = new LinkedHashSet<>();
		if (owner.national() && !allZones) {
			named.addAll(form.zones() == null ? List.of() : form.zones());
			if (named.isEmpty()) {
				problems.add(new FieldProblem("zones", ErrorCode.FIELD_REQUIRED));
			}
		}
		for (ActionKeyTaskForm task : form.keyTasks()) {
			for (ActionMeasureForm measure : task.measures()) {
				if (owner.national() && measure.zones() != null) {
					named.addAll(measure.zones());
				}
			}
		}
		Map<String, ZoneRef> zones = named.isEmpty() ? Map.of()
				: actions.zonesByCodes(named).stream().collect(Collectors.toMap(ZoneRef::code, zone -> zone));
		if (owner.national() && !allZones) {
			List<String> scope = form.zones() == null ? List.of() : form.zones();
			for (int index = 0; index < scope.size(); index++) {
				if (!live(zones.get(scope.get(index)))) {
					problems.add(new FieldProblem("zones[" + index + "]", ErrorCode.ACTION_ZONE_UNKNOWN));
				}
			}
		}
		Set<String> numbers = new HashSet<>();
		for (int t = 0; t < form.keyTasks().size(); t++) {
			List<ActionMeasureForm> measures = form.keyTasks().get(t).measures();
			for (int m = 0; m < measures.size(); m++) {
				ActionMeasureForm measure = measures.get(m);
				String at = "keyTasks[" + t + "].measures[" + m + "].";
				if (!numbers.add(measure.number().strip())) {
					problems.add(new FieldProblem(at + "number", ErrorCode.ACTION_MEASURE_NUMBER_TAKEN));
				}
				if (outside(measure.dueDate(), form)) {
					problems.add(new FieldProblem(at + "dueDate", ErrorCode.ACTION_DATE_OUTSIDE_WINDOW));
				}
				List<String> applies = !owner.national() || measure.zones() == null ? List.of() : measure.zones();
				for (int z = 0; z < applies.size(); z++) {
					ZoneRef zone = zones.get(applies.get(z));
					if (!live(zone)) {
						problems.add(new FieldProblem(at + "zones[" + z + "]", ErrorCode.ACTION_ZONE_UNKNOWN));
					}
					else if (!allZones && (form.zones() == null || !form.zones().contains(zone.code()))) {
						problems.add(new FieldProblem(at + "zones[" + z + "]", ErrorCode.ACTION_ZONE_NOT_IN_SCOPE));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		List<Long> scope = !owner.national() ? List.of(owner.zone().zoneId())
				: allZones ? List.of() : form.zones().stream().distinct().map(code -> zones.get(code).id()).toList();
		return new Checked(owner.national(), allZones, scope, zones);
	}

	private static boolean live(ZoneRef zone) {
		return zone != null && ("APPROVED".equals(zone.status()) || "ACTIVE".equals(zone.status()));
	}

	private static boolean outside(LocalDate date, ActionForm form) {
		return date.isBefore(form.windowStart()) || date.isAfter(form.windowEnd());
	}

	private ActionRow row(long id, Owner owner, ActionForm form, Checked checked, Long sourceActionId) {
		List<LocalDate> listed = form.reportingDates() == null ? List.of() : form.reportingDates();
		return new ActionRow(id, owner.zoneId(), null, form.nameZh().strip(), form.nameEn().strip(), form.year(),
				form.leadDepartment().strip(), text(clean(form.partnerDepartments())), blankToNull(form.documentNo()),
				form.windowStart(), form.windowEnd(),
				listed.isEmpty() ? null : text(new java.util.TreeSet<>(listed).stream().map(LocalDate::toString).toList()),
				checked.allZones(), ActionStatus.DRAFT, sourceActionId, owner.actor(), now(), null, null, null, null,
				0);
	}

	private void writeChildren(long actionId, ActionForm form, Checked checked, Map<String, Long> sources) {
		if (!checked.allZones()) {
			actions.insertActionZones(actionId, checked.scope());
		}
		int order = 0;
		for (int t = 0; t < form.keyTasks().size(); t++) {
			ActionKeyTaskForm task = form.keyTasks().get(t);
			GeneratedId taskKey = new GeneratedId();
			actions.insertKeyTask(new KeyTaskRow(0, actionId, t, task.titleZh().strip(), task.titleEn().strip()),
					taskKey);
			for (ActionMeasureForm measure : task.measures()) {
				List<String> applies = measure.zones() == null ? List.of() : measure.zones();
				boolean all = !checked.national() || applies.isEmpty();
				GeneratedId measureKey = new GeneratedId();
				String number = measure.number().strip();
				actions.insertMeasure(new MeasureRow(0, actionId, taskKey.getId(), order++, number,
						measure.titleZh().strip(), measure.titleEn().strip(), blankToNull(measure.descriptionZh()),
						blankToNull(measure.descriptionEn()), measure.leadDepartment().strip(),
						text(clean(measure.partnerDepartments())), blankToNull(measure.expectedResult()),
						measure.dueDate(), all, false, sources == null ? null : sources.get(number)), measureKey);
				if (!all) {
					actions.insertMeasureZones(measureKey.getId(),
							applies.stream().distinct().map(code -> checked.zones().get(code).id()).toList());
				}
			}
		}
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String text(List<String> values) {
		return json.writeValueAsString(values);
	}

	List<String> strings(String text) {
		return text == null ? List.of() : json.readValue(text, STRINGS);
	}

	private List<LocalDate> dates(String text) {
		return strings(text).stream().map(LocalDate::parse).toList();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
