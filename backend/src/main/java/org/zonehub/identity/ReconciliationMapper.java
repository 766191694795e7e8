package org.zonehub.identity;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;

/** The reports of the identity reconciliation (a national table: accounts of every zone). */
@Mapper
interface ReconciliationMapper {

	record Row(long id, Instant startedAt, Instant finishedAt, int accountsChecked, int bindingsChecked,
			int driftCount, String drift, String failure) {
	}

	void insert(@Param("startedAt") Instant startedAt, @Param("key") GeneratedId key);

	void finish(@Param("id") long id, @Param("finishedAt") Instant finishedAt,
			@Param("accountsChecked") int accountsChecked, @Param("bindingsChecked") int bindingsChecked,
			@Param("driftCount") int driftCount, @Param("drift") String drift, @Param("failure") String failure);

	Row latest();

}
