package org.zonehub.program;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;

/** Figure imports and the batch writes they make; every statement is scoped to the zone it is given. */
@Mapper
interface FigureImportMapper {

	void insert(@Param("zone") ZoneScope zone, @Param("row") FigureImportRow row, @Param("key") GeneratedId key);

	FigureImportRow find(@Param("zone") ZoneScope zone, @Param("programId") Long programId, @Param("id") long id);

	List<FigureImportRow> list(@Param("zone") ZoneScope zone, @Param("programId") long programId);

	void update(@Param("zone") ZoneScope zone, @Param("row") FigureImportRow row);

	/** A figure's key in a batch: KPI, reporter (0 for the zone) and month. */
	record Key(String kpiCode, long subjectId, String month) {
	}

	/**
	 * The standing figures of a batch: every figure of these reporters, months and KPIs (a superset of the
	 * batch's keys, which the caller picks out).
	 */
	List<FigureRow> existing(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("subjects") Collection<Long> subjects, @Param("months") Collection<String> months,
			@Param("codes") Collection<String> codes);

	/** One multi-row INSERT of new figures. */
	void insertAll(@Param("zone") ZoneScope zone, @Param("rows") List<FigureRow> rows);

	/** A correction's revision of a figure. */
	record NewRevision(long figureId, FigureRevision revision) {
	}

	/** One multi-row INSERT of corrections' revisions. */
	void insertRevisions(@Param("zone") ZoneScope zone, @Param("revisions") List<NewRevision> revisions);
}
