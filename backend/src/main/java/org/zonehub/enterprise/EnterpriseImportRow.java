package org.zonehub.enterprise;

import java.time.Instant;

/** An import job as stored; {@code errors} is the JSON array of the first row errors. */
record EnterpriseImportRow(Long id, String fileName, ImportStatus status, Integer totalRows, int processedRows,
		int createdCount, int updatedCount, int unchangedCount, int rejectedCount, int errorCount, String errors,
		String failure, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
}
