package org.zonehub.enterprise;

import java.time.Instant;
import java.util.List;

import org.zonehub.platform.sheets.ImportError;

/**
 * A bulk import of enterprises as the API shows it. Counts are in data rows; when the job has ended,
 * {@code createdCount + updatedCount + unchangedCount + rejectedCount = totalRows}.
 *
 * @param totalRows the file's data rows; {@code null} until the file has been checked
 * @param processedRows data rows handled so far (imported or skipped as invalid): the progress
 * @param unchangedCount rows whose enterprise already had exactly these values
 * @param rejectedCount rows not imported because of errors
 * @param errorCount all row errors found (a row may have several); {@code errors} holds the first 1,000
 * @param errors the first row errors, by row; {@code null} in lists
 * @param failure why the file as a whole failed (status FAILED), worded for the reader; {@code null} otherwise
 * @param failureCode the code of that reason in the error catalogue
 */
record EnterpriseImport(long id, String fileName, ImportStatus status, Integer totalRows, int processedRows,
		int createdCount, int updatedCount, int unchangedCount, int rejectedCount, int errorCount,
		List<ImportError> errors, String failure, String failureCode, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt) {

	static EnterpriseImport from(EnterpriseImportRow row, List<ImportError> errors, String failure) {
		return new EnterpriseImport(row.id(), row.fileName(), row.status(), row.totalRows(), row.processedRows(),
				row.createdCount(), row.updatedCount(), row.unchangedCount(), row.rejectedCount(), row.errorCount(),
				errors, failure, row.failureCode(), row.createdBy(), row.createdAt(), row.startedAt(), row.finishedAt());
	}

}
