package org.zonehub.compliance;

import java.time.Instant;

/** An evidence file as the API shows it; download it from {@code /api/zones/{zone}/evidence/{id}}. */
public record Evidence(long id, String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
		Instant uploadedAt) {

	static Evidence from(EvidenceRow row) {
		return new Evidence(row.id(), row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(),
				row.uploadedBy(), row.uploadedAt());
	}

}
