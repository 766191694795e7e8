package org.zonehub.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.action.AssignmentRows.HistoryRow;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * The daily supervision marks (督办), shortly after midnight in the zones' calendar, on one replica (the database
 * lock): every assignment of a launched action that is amber, red or missing a report gets that mark in its
 * history, once per mark (a rerun adds nothing), so the history keeps when each chase began. The lights
 * themselves are computed on read and are right before this runs. It also gives any live zone the all-zones
 * measures it lacks (a zone whose {@code ZoneApproved} event was lost).
 */
@Component
class SupervisionMarking {

	private static final Logger log = LoggerFactory.getLogger(SupervisionMarking.class);

	static final String ACTOR = "system";

	private final TenancyGuard tenancy;

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ActionCatalog catalog;

	private final Reporting reporting;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SupervisionMarking(TenancyGuard tenancy, ActionMapper actions, AssignmentMapper assignments,
			ActionCatalog catalog, Reporting reporting, PlatformTransactionManager transactions, Clock clock) {
		this.tenancy = tenancy;
		this.actions = actions;
		this.assignments = assignments;
		this.catalog = catalog;
		this.reporting = reporting;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${zonehub.actions.marking-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "action-supervision-marking", lockAtMostFor = "PT30M")
	void daily() {
		int marks = markAll();
		log.info("Special actions: {} supervision marks made", marks);
	}

	/** Every zone in its own transaction; the number of new marks. */
	int markAll() {
		LocalDate today = LocalDate.now(clock.withZone(Supervision.CHINA));
		Map<Long, String> status = actions
			.zonesByIds(tenancy.systemScopes().stream().map(ZoneScope::zoneId).toList())
			.stream()
			.collect(Collectors.toMap(ActionRows.ZoneRef::id, ActionRows.ZoneRef::status));
		int marks = 0;
		for (ZoneScope zone : tenancy.systemScopes()) {
			String state = status.get(zone.zoneId());
			if ("APPROVED".equals(state) || "ACTIVE".equals(state)) {
				Integer made = transaction.execute(tx -> mark(zone, today));
				marks += made == null ? 0 : made;
			}
		}
		return marks;
	}

	int mark(ZoneScope zone, LocalDate today) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		assignments.catchUp(zone, now);
		List<Long> ids = assignments.actionIds(zone);
		if (ids.isEmpty()) {
			return 0;
		}
		Map<Long, ActionRow> open = actions.findAll(ids)
			.stream()
			.filter(action -> action.status() == ActionStatus.LAUNCHED)
			.collect(Collectors.toMap(ActionRow::id, action -> action));
		if (open.isEmpty()) {
			return 0;
		}
		List<Long> openIds = List.copyOf(open.keySet());
		Map<Long, Set<LocalDate>> reported = reporting.reportedIn(zone, openIds);
		int marks = 0;
		for (AssignmentRow row : assignments.ofActions(zone, openIds)) {
			List<LocalDate> dates = catalog.reportingDates(open.get(row.actionId()));
			Assignment view = Assignment.of(row, dates, reported.getOrDefault(row.id(), Set.of()), today);
			if (view.light() == Light.RED) {
				marks += mark(zone, row, "flagged-red", "flagged-red:" + row.dueDate(), now);
			}
			else if (view.light() == Light.AMBER) {
				marks += mark(zone, row, "flagged-amber", "flagged-amber:" + row.dueDate(), now);
			}
			for (LocalDate period : view.missingReports()) {
				marks += mark(zone, row, "report-missing", "report-missing:" + period, now);
			}
		}
		return marks;
	}

	private int mark(ZoneScope zone, AssignmentRow row, String step, String key, Instant now) {
		return assignments.insertMark(zone, new HistoryRow(0, row.id(), null, step, ACTOR, now, key), key);
	}

}
