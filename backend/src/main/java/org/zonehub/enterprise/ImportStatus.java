package org.zonehub.enterprise;

/**
 * Where an import job is. SUCCEEDED means the file was read to the end (its row errors, if any, are reported);
 * FAILED means the file as a whole could not be imported (too many rows, unreadable) or the job broke off. A job whose
 * server stopped while it ran stays RUNNING until another server resumes it where its committed progress ends.
 */
public enum ImportStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED

}
