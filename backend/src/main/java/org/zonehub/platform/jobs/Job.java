package org.zonehub.platform.jobs;

import org.zonehub.platform.tenancy.ZoneScope;

/**
 * A background job as its handler sees it.
 *
 * @param zone the job's zone, without a caller: for the handler's bookkeeping of its own rows; work done for the user
 * who asked enters the zone as that user ({@code TenancyGuard.actForZoneAdmin} with {@code requestedBy})
 * @param subjectId the feature's row the job works on (an import's id), if any
 * @param requestedBy the Keycloak user id of who asked for the job; {@code null} for work no user asked for
 * @param requestId the request that queued the job, to join its logs and audit entries to that request
 * @param attempt which run this is: 1 for the first, more when the job is resumed
 */
public record Job(long id, String kind, ZoneScope zone, Long subjectId, String requestedBy, String requestId,
		int attempt) {
}
