package org.zonehub.compliance;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.compliance.ComplianceOverview.Count;
import org.zonehub.compliance.ComplianceOverview.TaskCounts;
import org.zonehub.compliance.ComplianceOverview.UnmetRequirement;
import org.zonehub.platform.tenancy.ZoneScope;

/** The zone overview's aggregates; every statement is scoped to the zone it is given. */
@Mapper
interface OverviewMapper {

	long activeEnterprises(@Param("zone") ZoneScope zone);

	List<Count> byStatus(@Param("zone") ZoneScope zone);

	List<Count> byLevel(@Param("zone") ZoneScope zone);

	java.math.BigDecimal averageScore(@Param("zone") ZoneScope zone);

	TaskCounts tasks(@Param("zone") ZoneScope zone, @Param("today") LocalDate today);

	List<UnmetRequirement> mostUnmet(@Param("zone") ZoneScope zone, @Param("limit") int limit);

}
