package org.zonehub.enterprise;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Import jobs of a zone; every statement is scoped to the zone it is given. */
@Mapper
interface EnterpriseImportMapper {

	void insert(@Param("zone") ZoneScope zone, @Param("row") EnterpriseImportRow row, @Param("key") GeneratedId key);

	EnterpriseImportRow findById(@Param("zone") ZoneScope zone, @Param("id") long id);

	/** Newest first, without the errors. */
	List<EnterpriseImportRow> list(@Param("zone") ZoneScope zone, @Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone);

	/** Writes the progress of a running job: processed rows, the counts, and the errors if {@code row} has them. */
	void progress(@Param("zone") ZoneScope zone, @Param("row") EnterpriseImportRow row);

	/** Writes the job's state: status, counts, errors, failure, start and end. */
	void update(@Param("zone") ZoneScope zone, @Param("row") EnterpriseImportRow row);

}
