package org.zonehub.platform.tenancy;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What the tenancy decision reads: a zone's key and status by its code, every zone's key (for the platform's work
 * across zones), and an enterprise's status for an enterprise user's write. Only key and status columns.
 */
@Mapper
interface TenantZoneMapper {

	record TenantZone(long id, String status) {

		/** A revoked or merged zone is history: readable, never changed again. */
		boolean isClosed() {
			return "REVOKED".equals(status) || "MERGED".equals(status);
		}

	}

	/** A zone's key and code. */
	record ZoneKey(long id, String code) {
	}

	TenantZone findByCode(@Param("code") String code);

	List<String> allCodes();

	List<ZoneKey> allKeys();

	ZoneKey keyOf(@Param("id") long id);

	String lockEnterpriseStatus(@Param("zone") ZoneScope zone, @Param("enterpriseId") long enterpriseId);

}
