package org.zonehub.enterprise;

import java.time.Instant;

/**
 * An import job as stored: {@code fileSha256} names the upload in the file store, {@code errors} is the JSON array
 * of the first row errors, {@code failureArgs} the JSON array of the arguments of {@code failureCode} (a code of the
 * error catalogue).
 */
record EnterpriseImportRow(Long id, String fileName, String fileSha256, ImportStatus status, Integer totalRows,
		int processedRows, int createdCount, int updatedCount, int unchangedCount, int rejectedCount, int errorCount,
		String errors, String failureCode, String failureArgs, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt) {

	/** The same job, ended: counts and errors as they are. */
	EnterpriseImportRow ended(ImportStatus status, String failureCode, String failureArgs, Instant finishedAt) {
		return new EnterpriseImportRow(id, fileName, fileSha256, status, totalRows, processedRows, createdCount,
				updatedCount, unchangedCount, rejectedCount, errorCount, errors, failureCode, failureArgs, createdBy,
				createdAt, startedAt, finishedAt);
	}

}
