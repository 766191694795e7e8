package org.zonehub.platform.jobs;

/** Where a job is: waiting for a claim, held by one process, or ended. */
enum JobStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED

}
