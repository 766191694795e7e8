package org.zonehub.compliance;

import java.time.Instant;

/** A version of the national baseline. */
public record BaselineVersion(int versionNo, String title, BaselineStatus status, String createdBy,
		Instant createdAt, String publishedBy, Instant publishedAt, int requirementCount, int version) {
}
