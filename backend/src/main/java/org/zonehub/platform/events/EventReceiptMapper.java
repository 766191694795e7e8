package org.zonehub.platform.events;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EventReceiptMapper {

	void insert(@Param("listener") String listener, @Param("eventId") String eventId,
			@Param("receivedAt") Instant receivedAt);

}
