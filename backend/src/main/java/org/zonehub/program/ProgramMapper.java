package org.zonehub.program;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** KPIs and programs; every statement on a zone's rows is scoped to the zone it is given. */
@Mapper
interface ProgramMapper {

	/** The ministry's dictionary (national, no zone). */
	List<Kpi> nationalKpis();

	Kpi nationalKpi(@Param("code") String code);

	List<Kpi> zoneKpis(@Param("zone") ZoneScope zone);

	Kpi zoneKpi(@Param("zone") ZoneScope zone, @Param("code") String code);

	/** A code already in the zone raises DuplicateKeyException. */
	void insertZoneKpi(@Param("zone") ZoneScope zone, @Param("form") ZoneKpiForm form,
			@Param("actor") String actor, @Param("now") Instant now);

	/** @param enterpriseId an enterprise user's: only the programs it is (or was) enrolled in */
	List<ProgramRow> list(@Param("zone") ZoneScope zone, @Param("enterpriseId") Long enterpriseId,
			@Param("status") ProgramStatus status, @Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("enterpriseId") Long enterpriseId,
			@Param("status") ProgramStatus status);

	/** @param enterpriseId as in {@link #list}: another's program is not found */
	ProgramRow find(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("enterpriseId") Long enterpriseId);

	/** The zone's active and closed programs, for the national rollup. */
	List<ProgramRow> launched(@Param("zone") ZoneScope zone);

	/** The program's row, held until commit (writes to its KPIs, enrolments and figures take it first). */
	ProgramRow lock(@Param("zone") ZoneScope zone, @Param("id") long id);

	void insert(@Param("zone") ZoneScope zone, @Param("row") ProgramRow row, @Param("key") GeneratedId key);

	/** 0 rows when the version is stale. */
	int update(@Param("zone") ZoneScope zone, @Param("row") ProgramRow row, @Param("expectedVersion") int expected);

	/** 0 rows when the program is not in {@code from} or the version is stale. */
	int move(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("from") ProgramStatus from,
			@Param("to") ProgramStatus to, @Param("version") int version, @Param("actor") String actor,
			@Param("now") Instant now);

	List<ProgramKpiRow> kpis(@Param("zone") ZoneScope zone, @Param("programId") long programId);

	void insertKpi(@Param("zone") ZoneScope zone, @Param("row") ProgramKpiRow row);

	/** 0 rows when the version is stale. */
	int updateKpi(@Param("zone") ZoneScope zone, @Param("row") ProgramKpiRow row,
			@Param("expectedVersion") int expected);

	int deleteKpi(@Param("zone") ZoneScope zone, @Param("programId") long programId, @Param("code") String code);

}
