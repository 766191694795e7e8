package org.zonehub.platform.jobs;

import java.time.Instant;

import org.zonehub.platform.tenancy.ZoneScope;

/** A job as stored; times are the database's clock. */
record JobRow(long id, long zoneId, String kind, Long subjectId, JobStatus status, String requestedBy,
		String requestId, String claimedBy, Instant heartbeatAt, int attempts, int lostRuns, long progressDone,
		Long progressTotal, String failureCode, Instant createdAt, Instant startedAt, Instant finishedAt) {

	Job job(ZoneScope zone) {
		return new Job(id, kind, zone, subjectId, requestedBy, requestId, attempts);
	}

}
