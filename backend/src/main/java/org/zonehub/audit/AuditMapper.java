package org.zonehub.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Append and read; there is deliberately no update or delete. */
@Mapper
interface AuditMapper {

	/** One multi-row insert. */
	void appendAll(@Param("records") List<AuditRecord> records);

	List<AuditRow> search(@Param("zone") ZoneScope zone, @Param("filter") AuditFilter filter,
			@Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("filter") AuditFilter filter);

}
