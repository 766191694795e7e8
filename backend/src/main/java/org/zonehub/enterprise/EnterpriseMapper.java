package org.zonehub.enterprise;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;

/** Every statement is scoped to the zone it is given. */
@Mapper
interface EnterpriseMapper {

	EnterpriseRow findById(@Param("zone") ZoneScope zone, @Param("id") long id);

	EnterpriseStatus lockStatus(@Param("zone") ZoneScope zone, @Param("id") long id);

	List<EnterpriseRow> findByCreditCodes(@Param("zone") ZoneScope zone,
			@Param("creditCodes") Collection<String> creditCodes);

	/** Just the ids of the codes found: what the import needs after inserting a batch. */
	List<CreditCodeId> findIdsByCreditCodes(@Param("zone") ZoneScope zone,
			@Param("creditCodes") Collection<String> creditCodes);

	/** An enterprise's id by its credit code. */
	record CreditCodeId(long id, String creditCode) {
	}

	/** The short form other modules list (programs' enrolments): by id. */
	List<EnterpriseDirectory.Listed> listed(@Param("zone") ZoneScope zone, @Param("ids") Collection<Long> ids);

	/** The short form of the enterprises with these credit codes. */
	List<EnterpriseDirectory.Listed> listedByCreditCodes(@Param("zone") ZoneScope zone,
			@Param("creditCodes") Collection<String> creditCodes);

	/** The ids of the registry filter's matches, in id order, at most {@code limit}. */
	List<Long> matchingIds(@Param("zone") ZoneScope zone, @Param("filter") EnterpriseFilter filter,
			@Param("limit") int limit);

	/** Whether the zone holds any enterprise {@code createdBy} created. */
	boolean anyCreatedBy(@Param("zone") ZoneScope zone, @Param("createdBy") String createdBy);

	List<EnterpriseRow> search(@Param("zone") ZoneScope zone, @Param("filter") EnterpriseFilter filter,
			@Param("page") PageRequest page);

	long count(@Param("zone") ZoneScope zone, @Param("filter") EnterpriseFilter filter);

	/** A credit code already in the zone raises DuplicateKeyException. */
	void insert(@Param("zone") ZoneScope zone, @Param("row") EnterpriseRow row);

	/** One multi-row INSERT (the import's batches); a credit code already in the zone raises DuplicateKeyException. */
	void insertAll(@Param("zone") ZoneScope zone, @Param("rows") List<EnterpriseRow> rows);

	/**
	 * Every match of the filter in the page's order, streamed row by row to the handler (the export): the driver
	 * does not buffer the result, so memory does not grow with the zone. Page size and offset are ignored.
	 */
	void stream(@Param("zone") ZoneScope zone, @Param("filter") EnterpriseFilter filter,
			@Param("page") PageRequest order, ResultHandler<EnterpriseRow> handler);

	/** Writes every field and bumps the version; 0 rows when the version is stale. */
	int update(@Param("zone") ZoneScope zone, @Param("row") EnterpriseRow row,
			@Param("expectedVersion") int expectedVersion);

}
