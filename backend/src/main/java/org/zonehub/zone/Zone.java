package org.zonehub.zone;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pilot zone as the API shows it.
 *
 * @param code the tenant key used in URLs and in the users' {@code zone} claim, e.g. {@code ningbo}
 * @param mergedInto the code of the zone this one was merged into, when {@code status} is {@code MERGED}
 * @param version optimistic-locking version; send it back with a change
 */
public record Zone(String code, String nameZh, String nameEn, String province, int batch, LocalDate approvedOn,
		ZoneStatus status, String mergedInto, Instant createdAt, Instant updatedAt, int version) {
}
