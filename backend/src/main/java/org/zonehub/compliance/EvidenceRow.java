package org.zonehub.compliance;

import java.time.Instant;

/** Evidence metadata as stored; the content is the file store's blob named by {@code sha256}. */
record EvidenceRow(long id, long enterpriseId, Long assessmentId, String itemCode, Long taskId, String sha256,
		long sizeBytes, String mediaType, String fileName, String uploadedBy, Instant uploadedAt) {
}
