package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.action.ActionTally;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.program.ConfirmedProgress;
import org.zonehub.program.ProgramMonthConfirmed;

/**
 * The rollup's own tables, and the source tables a rebuild reads. Writers take a zone's row lock first
 * ({@link #lockZone}), so one zone's events and rebuilds run one at a time and never interleave their sums.
 */
@Mapper
interface RollupMapper {

	/** Makes the zone's row if missing (empty, not yet counted). */
	void startZone(@Param("zone") ZoneScope zone, @Param("today") LocalDate today, @Param("now") Instant now);

	/** Locks the zone's row; {@code true} once it has been counted from the source. */
	Boolean lockZone(@Param("zone") ZoneScope zone);

	List<EnterpriseFacts> enterprises(@Param("zone") ZoneScope zone, @Param("ids") Collection<Long> ids);

	void saveEnterprises(@Param("zone") ZoneScope zone, @Param("facts") List<EnterpriseFacts> facts);

	TaskFacts task(@Param("zone") ZoneScope zone, @Param("taskId") long taskId);

	void saveTask(@Param("zone") ZoneScope zone, @Param("facts") TaskFacts facts);

	/** Adds a difference to the zone's counters (the overdue count is set, not added: see {@link #setOverdue}). */
	void add(@Param("zone") ZoneScope zone, @Param("delta") Counters delta, @Param("at") Instant at);

	int countOverdue(@Param("zone") ZoneScope zone, @Param("today") LocalDate today);

	void setOverdue(@Param("zone") ZoneScope zone, @Param("count") int count, @Param("today") LocalDate today);

	// ---- programs and actions

	/** Each KPI's figure of each confirmed month, as the events (or the last rebuild) brought them. */
	List<ConfirmedProgress.ConfirmedTotal> programMonths(@Param("zone") ZoneScope zone);

	/** Records a confirmed month's figures; a month already recorded keeps its first ones. */
	void saveProgramMonth(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("month") String month, @Param("totals") List<ProgramMonthConfirmed.KpiTotal> totals);

	void copyProgramMonths(@Param("zone") ZoneScope zone,
			@Param("totals") List<ConfirmedProgress.ConfirmedTotal> totals);

	void clearProgramMonths(@Param("zone") ZoneScope zone);

	/** Sets the program figures; {@code at}, when given, moves the figures' time on. */
	void setPrograms(@Param("zone") ZoneScope zone, @Param("active") int active, @Param("confirmed") int confirmed,
			@Param("attainment") BigDecimal attainment, @Param("at") Instant at);

	void setActions(@Param("zone") ZoneScope zone, @Param("counts") ActionTally.ZoneActionCounts counts,
			@Param("at") Instant at);

	Activity activity(@Param("zone") ZoneScope zone);

	// ---- rebuild from the source tables

	void clearEnterprises(@Param("zone") ZoneScope zone);

	/** Every enterprise of the zone with its status and its latest approved assessment, as the source has them. */
	void copyEnterprises(@Param("zone") ZoneScope zone);

	void clearTasks(@Param("zone") ZoneScope zone);

	void copyTasks(@Param("zone") ZoneScope zone);

	/** The counters worked out from the zone's projection tables. */
	Counters tally(@Param("zone") ZoneScope zone, @Param("today") LocalDate today);

	/** The counters worked out straight from the source tables, with a plain GROUP BY: the reference. */
	Counters tallySource(@Param("zone") ZoneScope zone, @Param("today") LocalDate today);

	void replace(@Param("zone") ZoneScope zone, @Param("counters") Counters counters, @Param("today") LocalDate today,
			@Param("dataAsOf") Instant dataAsOf, @Param("now") Instant now);

	Counters counters(@Param("zone") ZoneScope zone);

	// ---- reads

	List<ZoneFigures.Row> allZones(@Param("national") NationalScope national);

	ZoneFigures.Row oneZone(@Param("zone") ZoneScope zone);

	/** Frozen months from {@code from} on, summed over the zones that were counted then. */
	List<MonthFigures.Row> nationalMonths(@Param("national") NationalScope national, @Param("from") String from);

	List<MonthFigures.Row> zoneMonths(@Param("zone") ZoneScope zone, @Param("from") String from);

	// ---- month close and daily upkeep

	/**
	 * Freezes {@code month} for every current zone approved before it closed that has figures and no frozen row for
	 * it yet: a published month stays as it was.
	 */
	int freeze(@Param("national") NationalScope national, @Param("month") String month,
			@Param("closedOn") LocalDate closedOn, @Param("now") Instant now);

	/** Zones whose overdue count was taken before {@code today}. */
	List<Long> staleOverdue(@Param("national") NationalScope national, @Param("today") LocalDate today);

	/** Zones with no figures yet. */
	List<Long> withoutFigures(@Param("national") NationalScope national);

	// ---- rebuilds asked for by ministry

	void insertRebuild(@Param("requestedBy") String requestedBy, @Param("requestedAt") Instant requestedAt,
			@Param("zonesTotal") int zonesTotal, @Param("key") GeneratedId key);

	RollupRebuilds.Rebuild findRebuild(@Param("national") NationalScope national, @Param("id") long id);

	List<RollupRebuilds.Rebuild> recentRebuilds(@Param("national") NationalScope national, @Param("limit") int limit);

	RollupRebuilds.Rebuild unfinishedRebuild(@Param("national") NationalScope national);

	/** Records the zone as done for the rebuild, once: a job run again after a crash does not count twice. */
	void markRebuilt(@Param("zone") ZoneScope zone, @Param("rebuildId") long rebuildId,
			@Param("failed") boolean failed, @Param("now") Instant now);

}
