package org.zonehub.enterprise;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Every statement is scoped to the zone it is given. */
@Mapper
interface EnterpriseMapper {

	EnterpriseRow findById(@Param("zone") ZoneScope zone, @Param("id") long id);

	List<EnterpriseRow> findByCreditCodes(@Param("zone") ZoneScope zone,
			@Param("creditCodes") Collection<String> creditCodes);

	List<EnterpriseRow> search(@Param("zone") ZoneScope zone, @Param("filter") EnterpriseFilter filter,
			@Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("filter") EnterpriseFilter filter);

	/** A credit code already in the zone raises DuplicateKeyException. */
	void insert(@Param("zone") ZoneScope zone, @Param("row") EnterpriseRow row);

	/** Writes every field and bumps the version; 0 rows when the version is stale. */
	int update(@Param("zone") ZoneScope zone, @Param("row") EnterpriseRow row,
			@Param("expectedVersion") int expectedVersion);

}
