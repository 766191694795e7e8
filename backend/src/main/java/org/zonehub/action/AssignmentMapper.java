package org.zonehub.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.action.AssignmentRows.EvidenceRow;
import org.zonehub.action.AssignmentRows.HistoryRow;
import org.zonehub.action.AssignmentRows.ReportRow;
import org.zonehub.action.AssignmentRows.Reported;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Assignments, reports, their evidence and history: tenant rows. Statements take the zone; the national reads of
 * one action take ministry's {@link NationalScope} (an action's assignments are in the zones it went to).
 */
@Mapper
interface AssignmentMapper {

	/** The fan-out of a launch, in one statement: one assignment per live zone in scope and measure for it. */
	int fanOut(@Param("actionId") long actionId, @Param("now") Instant now);

	/** A zone that went live receives the all-zones measures of open national all-zones actions it lacks. */
	int catchUp(@Param("zone") ZoneScope zone, @Param("now") Instant now);

	List<Long> actionIds(@Param("zone") ZoneScope zone);

	List<AssignmentRow> ofAction(@Param("national") NationalScope national, @Param("actionId") long actionId);

	/** The matrix's cells: one slim row per assignment of the action, no joins. */
	List<AssignmentRows.CellRow> cells(@Param("national") NationalScope national, @Param("actionId") long actionId);

	/** The zones (of those given) that have assignments of the action. */
	List<Long> zonesOf(@Param("zones") List<ZoneScope> zones, @Param("actionId") long actionId);

	List<AssignmentRow> ofActions(@Param("zone") ZoneScope zone, @Param("actionIds") Collection<Long> actionIds);

	AssignmentRow find(@Param("zone") ZoneScope zone, @Param("id") long id);

	AssignmentRow findByMeasure(@Param("zone") ZoneScope zone, @Param("measureId") long measureId);

	/** Holds the assignment's row until commit: one report step at a time per assignment. */
	Long lock(@Param("zone") ZoneScope zone, @Param("id") long id);

	int updateContact(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("unit") String unit,
			@Param("contact") String contact, @Param("version") int version);

	/** The latest submitted report becomes the assignment's state. */
	int applyReport(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("status") MeasureStatus status,
			@Param("period") LocalDate period, @Param("at") Instant at, @Param("completedOn") LocalDate completedOn);

	int markReturned(@Param("zone") ZoneScope zone, @Param("id") long id);

	// reports

	void insertReport(@Param("zone") ZoneScope zone, @Param("row") ReportRow row, @Param("key") GeneratedId key);

	/** 0 rows when the version is stale or the report is no longer a draft. */
	int updateDraft(@Param("zone") ZoneScope zone, @Param("row") ReportRow row, @Param("version") int version);

	ReportRow findReport(@Param("zone") ZoneScope zone, @Param("id") long id);

	ReportRow draftOf(@Param("zone") ZoneScope zone, @Param("assignmentId") long assignmentId);

	/** Newest first. */
	List<ReportRow> reportsOf(@Param("zone") ZoneScope zone, @Param("assignmentId") long assignmentId);

	ReportRow latestSubmitted(@Param("zone") ZoneScope zone, @Param("assignmentId") long assignmentId);

	int submit(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("version") int version,
			@Param("actor") String actor, @Param("now") Instant now);

	int returnReport(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("version") int version,
			@Param("actor") String actor, @Param("now") Instant now, @Param("comment") String comment);

	List<Reported> reported(@Param("national") NationalScope national, @Param("actionId") long actionId);

	List<Reported> reportedIn(@Param("zone") ZoneScope zone, @Param("actionIds") Collection<Long> actionIds);

	/** Whether the assignment has any report, draft or not. */
	int reportCount(@Param("zone") ZoneScope zone, @Param("assignmentId") long assignmentId);

	// evidence

	void insertEvidence(@Param("zone") ZoneScope zone, @Param("row") EvidenceRow row, @Param("key") GeneratedId key);

	List<EvidenceRow> evidenceOf(@Param("zone") ZoneScope zone, @Param("reportIds") Collection<Long> reportIds);

	EvidenceRow findEvidence(@Param("zone") ZoneScope zone, @Param("id") long id);

	// history

	void insertHistory(@Param("zone") ZoneScope zone, @Param("row") HistoryRow row);

	/** A daily supervision mark, once per assignment and {@code markKey}: 1 when new, 0 when made already. */
	int insertMark(@Param("zone") ZoneScope zone, @Param("row") HistoryRow row, @Param("markKey") String markKey);

	List<HistoryRow> historyOf(@Param("zone") ZoneScope zone, @Param("assignmentId") long assignmentId);

}
