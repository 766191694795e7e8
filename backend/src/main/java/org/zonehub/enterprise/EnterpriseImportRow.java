package org.zonehub.enterprise;

import java.time.Instant;

/**
 * An import job as stored: {@code errors} is the JSON array of the first row errors, {@code failureArgs} the JSON
 * array of the arguments of {@code failureCode} (a code of the error catalogue).
 */
record EnterpriseImportRow(Long id, String fileName, ImportStatus status, Integer totalRows, int processedRows,
		int createdCount, int updatedCount, int unchangedCount, int rejectedCount, int errorCount, String errors,
		String failureCode, String failureArgs, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
}
