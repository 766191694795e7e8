package org.zonehub.program;

import java.time.Instant;
import java.util.List;

import org.zonehub.platform.sheets.ImportError;

/**
 * An import of figures as the API shows it. When it has ended, {@code createdCount + updatedCount +
 * unchangedCount + rejectedCount = totalRows}.
 *
 * @param status QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param processedRows the progress: data rows handled so far
 * @param errors the first row errors (at most 1,000), worded in the reader's language
 * @param failure why the file as a whole failed, worded; {@code null} otherwise
 */
public record FigureImport(long id, long programId, String fileName, String status, Integer totalRows,
		int processedRows, int createdCount, int updatedCount, int unchangedCount, int rejectedCount, int errorCount,
		List<ImportError> errors, String failure, String failureCode, String createdBy, Instant createdAt,
		Instant startedAt, Instant finishedAt) {
}
