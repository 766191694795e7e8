package org.zonehub.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.platform.inbox.InboxItem;
import org.zonehub.platform.inbox.InboxProvider;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * What special actions put in a zone administrator's inbox, from the zone's assignments of launched actions: a new
 * assignment (nobody named for it, nothing reported), a returned report, a report or measure due within 3 days,
 * a measure past due, a reporting date passed without a report. Enterprise users and ministry get nothing here.
 */
@Component
class ActionInbox implements InboxProvider {

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ActionCatalog catalog;

	private final Reporting reporting;

	ActionInbox(ActionMapper actions, AssignmentMapper assignments, ActionCatalog catalog, Reporting reporting) {
		this.actions = actions;
		this.assignments = assignments;
		this.catalog = catalog;
		this.reporting = reporting;
	}

	@Override
	public List<InboxItem> itemsFor(ZoneScope zone, LocalDate today) {
		if (zone.caller() == null || !zone.caller().isZoneAdmin()) {
			return List.of();
		}
		List<Long> ids = assignments.actionIds(zone);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ActionRow> open = actions.findAll(ids)
			.stream()
			.filter(action -> action.status() == ActionStatus.LAUNCHED)
			.collect(Collectors.toMap(ActionRow::id, action -> action));
		if (open.isEmpty()) {
			return List.of();
		}
		List<Long> openIds = List.copyOf(open.keySet());
		Map<Long, Set<LocalDate>> reported = reporting.reportedIn(zone, openIds);
		List<InboxItem> items = new ArrayList<>();
		for (AssignmentRow row : assignments.ofActions(zone, openIds)) {
			List<LocalDate> dates = catalog.reportingDates(open.get(row.actionId()));
			Assignment view = Assignment.of(row, dates, reported.getOrDefault(row.id(), Set.of()), today);
			String zh = row.measureNumber() + " " + row.measureTitleZh();
			String en = row.measureNumber() + " " + row.measureTitleEn();
			if (row.returned()) {
				items.add(item("action.returned", row, zh, en, view.lastPeriod(), true));
			}
			if (view.light() == Light.RED) {
				items.add(item("action.measure-overdue", row, zh, en, row.dueDate(), true));
			}
			else if (view.light() == Light.AMBER) {
				items.add(item("action.measure-due-soon", row, zh, en, row.dueDate(), false));
			}
			if (!view.missingReports().isEmpty()) {
				items.add(item("action.report-missing", row, zh, en, view.missingReports().get(0), true));
			}
			if (view.reportDueSoon() != null) {
				items.add(item("action.report-due-soon", row, zh, en, view.reportDueSoon(), false));
			}
			if (row.lastReportedAt() == null && row.responsibleUnit() == null && !row.returned()) {
				items.add(item("action.new-assignment", row, zh, en, null, false));
			}
		}
		return items;
	}

	private static InboxItem item(String kind, AssignmentRow row, String zh, String en, LocalDate due,
			boolean urgent) {
		return new InboxItem("action", kind, row.id(), row.actionId(), zh, en, due, urgent);
	}

}
