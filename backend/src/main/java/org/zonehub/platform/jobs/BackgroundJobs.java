package org.zonehub.platform.jobs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.RequestIdFilter;

/** Queues background jobs for the {@link JobHandler} of their kind, on whichever process claims them first. */
@Service
public class BackgroundJobs {

	private final JobMapper jobs;

	BackgroundJobs(JobMapper jobs) {
		this.jobs = jobs;
	}

	/**
	 * Queues a job of {@code kind} in the zone, inside the caller's transaction (there must be one): no process can
	 * claim it before the work that goes with it has committed, and it never existed if that rolled back. It acts for
	 * the scope's caller (their Keycloak user id is stored with it) and keeps the current request's id.
	 *
	 * @param subjectId the feature's row the job works on, if any
	 * @return the job's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long enqueue(ZoneScope zone, String kind, Long subjectId) {
		GeneratedId key = new GeneratedId();
		jobs.insert(zone, kind, subjectId, zone.caller() == null ? null : zone.caller().userId(),
				RequestIdFilter.current(), key);
		return key.getId();
	}

}
