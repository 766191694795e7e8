package org.zonehub.compliance;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;

/** Evidence metadata; every statement is scoped to the zone it is given. */
@Mapper
interface EvidenceMapper {

	void insert(@Param("zone") ZoneScope zone, @Param("row") EvidenceRow row, @Param("key") GeneratedId key);

	EvidenceRow find(@Param("zone") ZoneScope zone, @Param("id") long id);

	List<EvidenceRow> forAssessment(@Param("zone") ZoneScope zone, @Param("assessmentId") long assessmentId);

	List<EvidenceRow> forTasks(@Param("zone") ZoneScope zone, @Param("taskIds") Collection<Long> taskIds);

	int delete(@Param("zone") ZoneScope zone, @Param("id") long id);

}
