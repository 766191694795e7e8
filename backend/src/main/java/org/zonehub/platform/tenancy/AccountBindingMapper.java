package org.zonehub.platform.tenancy;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccountBindingMapper {

	AccountBinding find(@Param("zone") ZoneScope zone, @Param("userId") String userId);

	List<AccountBinding> ofEnterprise(@Param("zone") ZoneScope zone, @Param("enterpriseId") long enterpriseId);

	List<AccountBinding> ofZone(@Param("zone") ZoneScope zone);

	void insert(@Param("zone") ZoneScope zone, @Param("binding") AccountBinding binding);

	int delete(@Param("zone") ZoneScope zone, @Param("userId") String userId);

}
