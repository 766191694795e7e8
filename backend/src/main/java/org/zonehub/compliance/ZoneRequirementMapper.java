package org.zonehub.compliance;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.tenancy.ZoneScope;

/** A zone's own requirements; every statement is scoped to the zone it is given. */
@Mapper
interface ZoneRequirementMapper {

	List<RequirementRow> findAll(@Param("zone") ZoneScope zone, @Param("onlyActive") boolean onlyActive);

	RequirementRow find(@Param("zone") ZoneScope zone, @Param("code") String code);

	/** A code already used in the zone raises DuplicateKeyException. */
	void insert(@Param("zone") ZoneScope zone, @Param("code") String code, @Param("form") RequirementForm form,
			@Param("kinds") String kinds, @Param("modes") String modes, @Param("actor") String actor,
			@Param("now") Instant now);

	/** 0 rows when the version is stale. */
	int update(@Param("zone") ZoneScope zone, @Param("code") String code, @Param("form") RequirementForm form,
			@Param("kinds") String kinds, @Param("modes") String modes, @Param("active") boolean active,
			@Param("actor") String actor, @Param("now") Instant now);

}
