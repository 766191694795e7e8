package org.zonehub.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;

/**
 * The actions a zone sees: the national ones it holds assignments of, and its own (drafts included). A zone
 * outside an action's scope sees nothing of it (404).
 */
@Service
class ZoneActions {

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ActionCatalog catalog;

	private final Reporting reporting;

	private final Clock clock;

	ZoneActions(ActionMapper actions, AssignmentMapper assignments, ActionCatalog catalog, Reporting reporting,
			Clock clock) {
		this.actions = actions;
		this.assignments = assignments;
		this.catalog = catalog;
		this.reporting = reporting;
		this.clock = clock;
	}

	List<ActionSummary> list(ZoneScope zone) {
		List<Long> withAssignments = assignments.actionIds(zone);
		Set<Long> ids = new HashSet<>(withAssignments);
		actions.ownedBy(zone.zoneId()).forEach(row -> ids.add(row.id()));
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ActionRow> rows = actions.findAll(ids);
		Map<Long, List<AssignmentRow>> byAction = withAssignments.isEmpty() ? Map.of()
				: assignments.ofActions(zone, withAssignments)
					.stream()
					.collect(Collectors.groupingBy(AssignmentRow::actionId));
		Map<Long, Set<LocalDate>> reported = reporting.reportedIn(zone, withAssignments);
		LocalDate today = today();
		List<ActionSummary> summaries = new ArrayList<>();
		for (ActionRow row : rows) {
			List<LocalDate> dates = catalog.reportingDates(row);
			List<Assignment> views = byAction.getOrDefault(row.id(), List.of())
				.stream()
				.map(a -> Assignment.of(a, dates, reported.getOrDefault(a.id(), Set.of()), today))
				.toList();
			summaries.add(summary(row, views, actions.measures(row.id()).size()));
		}
		return summaries;
	}

	static ActionSummary summary(ActionRow row, List<Assignment> views, int measures) {
		int completed = 0;
		int overdue = 0;
		int amber = 0;
		int missing = 0;
		int returned = 0;
		for (Assignment view : views) {
			completed += view.status().completes() ? 1 : 0;
			overdue += view.light() == Light.RED ? 1 : 0;
			amber += view.light() == Light.AMBER ? 1 : 0;
			missing += view.missingReports().size();
			returned += view.returned() ? 1 : 0;
		}
		return new ActionSummary(row.id(), row.ownerCode(), row.nameZh(), row.nameEn(), row.year(), row.documentNo(),
				row.windowStart(), row.windowEnd(), row.status(), measures, views.size(), completed, overdue, amber,
				missing, returned);
	}

	/** The action with the zone's assignments; only the measures assigned to it (all of them for its own draft). */
	ZoneAction find(ZoneScope zone, long actionId) {
		ActionRow row = actions.find(actionId);
		boolean owned = row != null && row.ownerZoneId() != null && row.ownerZoneId() == zone.zoneId();
		List<AssignmentRow> mine = row == null ? List.of() : assignments.ofActions(zone, List.of(actionId));
		if (row == null || (!owned && mine.isEmpty())) {
			throw ApiProblem.notFound();
		}
		Action action = catalog.assemble(row);
		if (!owned) {
			Set<Long> assigned = mine.stream().map(AssignmentRow::measureId).collect(Collectors.toSet());
			action = narrowed(action, assigned);
		}
		List<LocalDate> dates = action.reportingDates();
		Map<Long, Set<LocalDate>> reported = reporting.reportedIn(zone, List.of(actionId));
		LocalDate today = today();
		return new ZoneAction(action,
				mine.stream().map(a -> Assignment.of(a, dates, reported.getOrDefault(a.id(), Set.of()), today)).toList());
	}

	/** Another zone's names in the scope lists are not this zone's business: only its own measures, no lists. */
	private static Action narrowed(Action action, Set<Long> assigned) {
		List<Action.ActionKeyTask> tasks = action.keyTasks()
			.stream()
			.map(task -> new Action.ActionKeyTask(task.id(), task.titleZh(), task.titleEn(),
					task.measures().stream().filter(measure -> assigned.contains(measure.id())).map(measure ->
						new Action.ActionMeasure(measure.id(), measure.keyTaskId(), measure.number(), measure.titleZh(),
								measure.titleEn(), measure.descriptionZh(), measure.descriptionEn(),
								measure.leadDepartment(), measure.partnerDepartments(), measure.expectedResult(),
								measure.dueDate(), measure.allZones(), List.of(), measure.mature(),
								measure.sourceMeasureId()))
						.toList()))
			.filter(task -> !task.measures().isEmpty())
			.toList();
		return new Action(action.id(), action.owner(), action.nameZh(), action.nameEn(), action.year(),
				action.leadDepartment(), action.partnerDepartments(), action.documentNo(), action.windowStart(),
				action.windowEnd(), action.reportingDates(), action.monthly(), action.allZones(), List.of(),
				action.status(), action.sourceActionId(), action.createdBy(), action.createdAt(), action.launchedAt(),
				action.closedAt(), tasks, action.version());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Supervision.CHINA));
	}

}
