package org.zonehub.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * A zone's special-action measures counted by the supervision rules ({@link Supervision}), for the national rollup:
 * every assignment of a launched or closed action is assigned; done when its latest report completes it (done or
 * not applicable); overdue (red) and its reporting dates passed without a report only while the action is
 * launched — a closed action takes no more reports, so nothing of it can still be missing or chased.
 */
@Service
public class ActionTally {

	/** @param reportsMissing reporting dates passed without a report, over the zone's measures */
	public record ZoneActionCounts(int assigned, int done, int overdue, int reportsMissing) {
	}

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ActionCatalog catalog;

	private final Reporting reporting;

	ActionTally(ActionMapper actions, AssignmentMapper assignments, ActionCatalog catalog, Reporting reporting) {
		this.actions = actions;
		this.assignments = assignments;
		this.catalog = catalog;
		this.reporting = reporting;
	}

	/** The zone's counts on {@code today} (Asia/Shanghai); O(the zone's assignments). */
	public ZoneActionCounts count(ZoneScope zone, LocalDate today) {
		List<Long> ids = assignments.actionIds(zone);
		if (ids.isEmpty()) {
			return new ZoneActionCounts(0, 0, 0, 0);
		}
		Map<Long, ActionRow> byId = actions.findAll(ids)
			.stream()
			.collect(Collectors.toMap(ActionRow::id, action -> action));
		Map<Long, Set<LocalDate>> reported = reporting.reportedIn(zone, ids);
		int assigned = 0;
		int done = 0;
		int overdue = 0;
		int missing = 0;
		for (AssignmentRow row : assignments.ofActions(zone, ids)) {
			ActionRow action = byId.get(row.actionId());
			if (action == null || action.status() == ActionStatus.DRAFT) {
				continue;
			}
			assigned++;
			done += row.status().completes() ? 1 : 0;
			if (action.status() == ActionStatus.LAUNCHED) {
				overdue += Supervision.light(row.dueDate(), row.status(), today) == Light.RED ? 1 : 0;
				missing += Supervision.missingReports(catalog.reportingDates(action),
						reported.getOrDefault(row.id(), Set.of()), row.status(), today)
					.size();
			}
		}
		return new ZoneActionCounts(assigned, done, overdue, missing);
	}

	/** The zones, of those given, that have assignments of the action (a closed action names none). */
	public List<Long> zonesOf(List<ZoneScope> zones, long actionId) {
		return zones.isEmpty() ? List.of() : assignments.zonesOf(zones, actionId);
	}

}
