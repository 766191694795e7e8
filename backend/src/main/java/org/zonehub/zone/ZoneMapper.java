package org.zonehub.zone;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.zone.ZoneRequests.ZoneFilter;

@Mapper
interface ZoneMapper {

	Zone findByCode(String code);

	Long findIdByCode(String code);

	List<Zone> search(@Param("filter") ZoneFilter filter, @Param("page") PageRequest page);

	long count(@Param("filter") ZoneFilter filter);

	/** Inserts with version 0; a taken code raises DuplicateKeyException. */
	int insert(@Param("zone") Zone zone);

	/** Writes every column and bumps the version; 0 rows when the version is stale. */
	int update(@Param("zone") Zone zone, @Param("expectedVersion") int expectedVersion);

}
