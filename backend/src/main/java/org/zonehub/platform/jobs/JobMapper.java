package org.zonehub.platform.jobs;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ErrorCode;

/**
 * The job queue. Every statement is scoped to a zone; the reads across zones (what to claim, what to sweep) are one
 * zone-scoped branch per zone. The writes of a run are conditional on its {@link Claim} and answer how many rows they
 * changed: 0 means the run no longer holds the job.
 */
@Mapper
interface JobMapper {

	/** A queued job this process could start now. */
	record Candidate(long id, long zoneId, String kind, int runningInZone) {
	}

	void insert(@Param("zone") ZoneScope zone, @Param("kind") String kind, @Param("subjectId") Long subjectId,
			@Param("requestedBy") String requestedBy, @Param("requestId") String requestId,
			@Param("key") GeneratedId key);

	/** Per zone, its oldest queued jobs of these kinds, leaving out kinds of which the zone has one running. */
	List<Candidate> claimable(@Param("zones") List<ZoneScope> zones, @Param("kinds") Collection<String> kinds,
			@Param("limit") int limit);

	/** Takes a queued job for {@code node}; fails on the running key if the zone runs one of its kind already. */
	int claim(@Param("zone") ZoneScope zone, @Param("id") long id, @Param("node") String node);

	JobRow find(@Param("zone") ZoneScope zone, @Param("id") long id);

	int heartbeat(@Param("zone") ZoneScope zone, @Param("claim") Claim claim);

	int progress(@Param("zone") ZoneScope zone, @Param("claim") Claim claim, @Param("done") long done,
			@Param("total") Long total);

	/** Ends the run's job as SUCCEEDED or FAILED. */
	int end(@Param("zone") ZoneScope zone, @Param("claim") Claim claim, @Param("status") JobStatus status,
			@Param("failure") ErrorCode failure);

	/** Hands the job back to the queue: this process is stopping. */
	int release(@Param("zone") ZoneScope zone, @Param("claim") Claim claim);

	/** Running jobs of these kinds whose heartbeat is older than {@code staleMillis}. */
	List<JobRow> stale(@Param("zones") List<ZoneScope> zones, @Param("kinds") Collection<String> kinds,
			@Param("staleMillis") long staleMillis);

	/** Queues a stale job again, to be resumed, counting the lost run; only while it is still stale. */
	int requeueLost(@Param("zone") ZoneScope zone, @Param("claim") Claim claim, @Param("staleMillis") long staleMillis);

	/** Fails a stale job, counting the lost run; only while it is still stale. */
	int failLost(@Param("zone") ZoneScope zone, @Param("claim") Claim claim, @Param("staleMillis") long staleMillis,
			@Param("failure") ErrorCode failure);

}
