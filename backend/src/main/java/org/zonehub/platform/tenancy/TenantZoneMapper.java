package org.zonehub.platform.tenancy;

import org.apache.ibatis.annotations.Mapper;

/** Resolves a zone code to the id tenant tables carry. Reads only the {@code zone} table's key columns. */
@Mapper
interface TenantZoneMapper {

	Long findIdByCode(String code);

}
