package org.zonehub.audit;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Append and read; there is deliberately no update or delete. */
@Mapper
interface AuditMapper {

	void append(@Param("zoneId") long zoneId, @Param("occurredAt") Instant occurredAt, @Param("actor") String actor,
			@Param("requestId") String requestId, @Param("entityType") String entityType,
			@Param("entityId") String entityId, @Param("action") String action,
			@Param("beforeState") String beforeState, @Param("afterState") String afterState);

	List<AuditRow> search(@Param("zone") ZoneScope zone, @Param("filter") AuditFilter filter,
			@Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("filter") AuditFilter filter);

}
