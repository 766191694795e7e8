package org.zonehub.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zonehub.action.ActionTally;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.compliance.Level;
import org.zonehub.compliance.TaskStatus;
import org.zonehub.enterprise.EnterpriseStatus;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.program.ConfirmedProgress;
import org.zonehub.program.ProgramMonthConfirmed;
import org.zonehub.program.ProgramStatus;

/**
 * Keeps one zone's figures: applies a change by the difference it makes, or rebuilds them from the source tables.
 * Every write starts by locking the zone's row, so a zone's changes and rebuilds take turns. A zone with no figures
 * yet is rebuilt instead of changed: the source already holds the change that woke it.
 */
@Service
class ZoneRollups {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RollupMapper rollups;

	private final ConfirmedProgress programs;

	private final ActionTally actions;

	private final Clock clock;

	ZoneRollups(RollupMapper rollups, ConfirmedProgress programs, ActionTally actions, Clock clock) {
		this.rollups = rollups;
		this.programs = programs;
		this.actions = actions;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void applyStatus(ZoneScope zone, List<Long> enterpriseIds, EnterpriseStatus status, Instant at) {
		if (!lockOrRebuild(zone) || enterpriseIds.isEmpty()) {
			return;
		}
		Map<Long, EnterpriseFacts> known = rollups.enterprises(zone, enterpriseIds)
			.stream()
			.collect(Collectors.toMap(EnterpriseFacts::enterpriseId, Function.identity()));
		Counters delta = Counters.ZERO;
		List<EnterpriseFacts> changed = new ArrayList<>();
		for (long id : enterpriseIds) {
			EnterpriseFacts before = known.getOrDefault(id, EnterpriseFacts.unknown(id));
			EnterpriseFacts after = before.withStatus(status, at);
			if (after != null) {
				delta = delta.plus(after.contribution()).minus(before.contribution());
				changed.add(after);
			}
		}
		save(zone, changed, delta, at);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void applyApproval(ZoneScope zone, long enterpriseId, Level level, BigDecimal score, Instant at) {
		if (!lockOrRebuild(zone)) {
			return;
		}
		List<EnterpriseFacts> known = rollups.enterprises(zone, List.of(enterpriseId));
		EnterpriseFacts before = known.isEmpty() ? EnterpriseFacts.unknown(enterpriseId) : known.get(0);
		EnterpriseFacts after = before.withApproval(level, score, at);
		if (after != null) {
			save(zone, List.of(after), after.contribution().minus(before.contribution()), at);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void applyTask(ZoneScope zone, long taskId, TaskStatus status, LocalDate dueDate, Instant at) {
		if (!lockOrRebuild(zone)) {
			return;
		}
		TaskFacts before = rollups.task(zone, taskId);
		if (before != null && !at.isAfter(before.changedAt())) {
			return;
		}
		TaskFacts after = new TaskFacts(taskId, status, dueDate, at);
		rollups.saveTask(zone, after);
		rollups.add(zone, after.contribution().minus(before == null ? Counters.ZERO : before.contribution()), at);
		recountOverdue(zone);
	}

	/**
	 * A month of a program was confirmed: its figures are recorded (once: a confirmed month is final) and the
	 * zone's attainment worked out again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void applyConfirmed(ZoneScope zone, long programId, String month, List<ProgramMonthConfirmed.KpiTotal> totals,
			Instant at) {
		if (!lockOrRebuild(zone)) {
			return;
		}
		if (!totals.isEmpty()) {
			rollups.saveProgramMonth(zone, programId, month, totals);
		}
		recountPrograms(zone, at);
	}

	/** A program was activated or closed: the zone's programs are counted again (a handful of rows). */
	@Transactional(propagation = Propagation.MANDATORY)
	void applyProgramStatus(ZoneScope zone, Instant at) {
		if (lockOrRebuild(zone)) {
			recountPrograms(zone, at);
		}
	}

	/**
	 * Something changed in the zone's special actions: its measures are counted again by the action module's rules,
	 * which holds the reporting dates and lateness (O(the zone's assignments)). A count from the source is the same
	 * whatever order or how often the events come.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void applyActions(ZoneScope zone, Instant at) {
		if (lockOrRebuild(zone)) {
			rollups.setActions(zone, actions.count(zone, today()), at);
		}
	}

	/**
	 * What depends on the day as much as on the sources — overdue tasks and measures, missing reports — taken again
	 * at each change and each new day; with them the programs' attainment, whose plans change without an event.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void refreshOverdue(ZoneScope zone) {
		if (lockOrRebuild(zone)) {
			recountOverdue(zone);
			recountPrograms(zone, null);
			rollups.setActions(zone, actions.count(zone, today()), null);
		}
	}

	/** The zone's figures from the source tables, replacing whatever the events had made of them. */
	@Transactional(propagation = Propagation.MANDATORY)
	Counters rebuild(ZoneScope zone) {
		Instant now = now();
		LocalDate today = today();
		rollups.startZone(zone, today, now);
		rollups.lockZone(zone);
		rollups.clearEnterprises(zone);
		rollups.copyEnterprises(zone);
		rollups.clearTasks(zone);
		rollups.copyTasks(zone);
		Counters counters = rollups.tally(zone, today);
		rollups.replace(zone, counters, today, now, now);
		rollups.clearProgramMonths(zone);
		List<ConfirmedProgress.ConfirmedTotal> confirmed = programs.confirmedTotals(zone);
		if (!confirmed.isEmpty()) {
			rollups.copyProgramMonths(zone, confirmed);
		}
		recountPrograms(zone, null);
		rollups.setActions(zone, actions.count(zone, today), null);
		return counters;
	}

	/**
	 * Takes the zone's lock; a zone not yet counted is counted from the source instead (which already holds the
	 * change at hand) and {@code false} returned. The row is inserted before it is locked: two first events of a zone
	 * locking a row that is not there yet would deadlock on the gap.
	 */
	private boolean lockOrRebuild(ZoneScope zone) {
		rollups.startZone(zone, today(), now());
		if (Boolean.TRUE.equals(rollups.lockZone(zone))) {
			return true;
		}
		rebuild(zone);
		return false;
	}

	private void save(ZoneScope zone, List<EnterpriseFacts> changed, Counters delta, Instant at) {
		if (changed.isEmpty()) {
			return;
		}
		rollups.saveEnterprises(zone, changed);
		rollups.add(zone, delta, at);
	}

	/**
	 * Programs active, those with a confirmed month, and the zone's attainment: the mean of theirs (each from the
	 * recorded confirmed figures against the plans as they stand, by the program module's rule).
	 */
	private void recountPrograms(ZoneScope zone, Instant at) {
		List<ConfirmedProgress.ConfirmedTotal> confirmed = rollups.programMonths(zone);
		int active = 0;
		int attained = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (ConfirmedProgress.ProgramPlan plan : programs.plans(zone)) {
			if (plan.status() != ProgramStatus.ACTIVE) {
				continue;
			}
			active++;
			BigDecimal attainment = ConfirmedProgress.attainment(plan, confirmed);
			if (attainment != null) {
				attained++;
				sum = sum.add(attainment);
			}
		}
		rollups.setPrograms(zone, active, attained,
				attained == 0 ? null : sum.divide(BigDecimal.valueOf(attained), 4, RoundingMode.HALF_UP), at);
	}

	private void recountOverdue(ZoneScope zone) {
		LocalDate today = today();
		rollups.setOverdue(zone, rollups.countOverdue(zone, today), today);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
