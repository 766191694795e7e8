package org.zonehub.program;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.tenancy.ZoneScope;

/** Enrolments; every statement is scoped to the zone it is given. */
@Mapper
interface EnrolmentMapper {

	/** @param enterpriseId only this enterprise's, or {@code null} for all */
	List<EnrolmentRow> list(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("enterpriseId") Long enterpriseId);

	EnrolmentRow find(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("enterpriseId") long enterpriseId);

	List<Long> enrolledAmong(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("ids") Collection<Long> ids);

	void insertAll(@Param("zone") ZoneScope zone, @Param("rows") List<EnrolmentRow> rows);

	/** 0 rows when the version is stale or it left already. */
	int leave(@Param("zone") ZoneScope zone, @Param("programId") long programId,
			@Param("enterpriseId") long enterpriseId, @Param("month") String month, @Param("version") int version);

}
