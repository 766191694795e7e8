package org.zonehub.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Rectification tasks; every statement is scoped to the zone it is given. */
@Mapper
interface RectificationMapper {

	/** The tasks of an approved assessment: its partly and not-compliant items. */
	int createFor(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId,
			@Param("owner") String owner, @Param("dueDate") LocalDate dueDate, @Param("now") Instant now);

	TaskRow find(@Param("zone") ZoneScope zone, @Param("id") long id);

	List<TaskRow> forAssessment(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId);

	List<TaskRow> list(@Param("zone") ZoneScope zone, @Param("filter") TaskFilter filter,
			@Param("today") LocalDate today, @Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("filter") TaskFilter filter, @Param("today") LocalDate today);

	/** 0 rows when the version is stale. */
	int reassign(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("form") TaskChangeForm form);

	/** 0 rows when the task is not in {@code from} or the version is stale. */
	int move(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("from") TaskStatus from,
			@Param("to") TaskStatus to, @Param("version") int version, @Param("note") String note,
			@Param("actor") String actor, @Param("now") Instant now);

}
