package org.zonehub.program;

import java.time.Instant;

/** A row of {@code program_figure_import}; {@code errors} is the JSON array of the first row errors. */
record FigureImportRow(Long id, long programId, String fileName, String fileSha256, String status, Integer totalRows,
		int processedRows, int createdCount, int updatedCount, int unchangedCount, int rejectedCount, int errorCount,
		String errors, String failureCode, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt) {

	FigureImportRow with(String status, Integer totalRows, int processedRows, int created, int updated,
			int unchanged, int rejected, int errorCount, String errors, String failureCode, Instant startedAt,
			Instant finishedAt) {
		return new FigureImportRow(id, programId, fileName, fileSha256, status, totalRows, processedRows, created,
				updated, unchanged, rejected, errorCount, errors, failureCode, createdBy, createdAt, startedAt,
				finishedAt);
	}

}
