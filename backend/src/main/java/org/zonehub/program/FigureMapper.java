package org.zonehub.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;

/** Figures, their revisions, confirmed and reopened months; every statement is scoped to the zone it is given. */
@Mapper
interface FigureMapper {

	/** One reporter's figures of a month: an enterprise's, or the zone's when {@code enterpriseId} is null. */
	List<FigureRow> forSubject(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("month") String month, @Param("enterpriseId") Long enterpriseId);

	/** Every figure of a month (the zone's look at it). */
	List<FigureRow> forMonth(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("month") String month);

	FigureRow find(@Param("zone") ZoneScope zone, @Param("programId") long programId, @Param("id") long id);

	void insert(@Param("zone") ZoneScope zone, @Param("row") FigureRow row, @Param("key") GeneratedId key);

	/** 0 rows when the version is stale. */
	int update(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("value") BigDecimal value,
			@Param("source") FigureSource source, @Param("actor") String actor, @Param("at") Instant at,
			@Param("expectedVersion") int expectedVersion);

	void insertRevision(@Param("zone") ZoneScope zone, @Param("figureId") long figureId,
			@Param("revision") FigureRevision revision);

	List<FigureRevision> revisions(@Param("zone") ZoneScope zone, @Param("figureId") long figureId);

	/** A month's figures that are negative or over {@code factor} times the reporter's previous month. */
	List<Outlier> outliers(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("month") String month, @Param("previous") String previous, @Param("factor") int factor);

	/** Per month: reporters with a figure, and those first reported on time. */
	record MonthCount(String month, int received, int onTime) {
	}

	/** @param enterpriseId only this enterprise's reports, or {@code null} for all (the zone's included) */
	List<MonthCount> monthCounts(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("enterpriseId") Long enterpriseId);

	/** A KPI's figures of a month added up over its reporters. */
	record MonthTotal(String kpiCode, String month, BigDecimal total, int reports) {
	}

	List<MonthTotal> monthTotals(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("codes") Collection<String> codes, @Param("upTo") String upTo);

	/** One figure, reduced to what adding up needs. */
	record Point(String kpiCode, Long enterpriseId, String month, BigDecimal value) {
	}

	List<Point> points(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("codes") Collection<String> codes, @Param("upTo") String upTo);

	/**
	 * The same, streamed row by row to the handler (the driver does not buffer the result): what the progress adds
	 * up, so its memory is the arrays it fills, not a list of every figure.
	 */
	void streamPoints(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("codes") Collection<String> codes, @Param("upTo") String upTo, ResultHandler<Point> handler);

	List<Long> reportersOf(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("month") String month);

	LocalDate reopenedUntil(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("month") String month, @Param("enterpriseId") long enterpriseId);

	void reopen(@Param("zone") ZoneScope zone, @Param("programId") long programId, @Param("month") String month,
			@Param("enterpriseId") long enterpriseId, @Param("until") LocalDate until, @Param("actor") String actor,
			@Param("now") Instant now);

	List<String> confirmedMonths(@Param("zone") ZoneScope zone, @Param("programId") long programId);

	/** A month confirmed already raises DuplicateKeyException. */
	void confirm(@Param("zone") ZoneScope zone, @Param("programId") long programId, @Param("month") String month,
			@Param("outliers") int outliers, @Param("actor") String actor, @Param("now") Instant now);

}
