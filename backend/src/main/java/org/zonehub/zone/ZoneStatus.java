package org.zonehub.zone;

import java.util.Set;

/** A zone's lifecycle: the State Council approves it, it goes live, and it may be revoked or merged into another. */
public enum ZoneStatus {

	APPROVED, ACTIVE, REVOKED, MERGED;

	/** Revoked and merged zones are history: they never come back. */
	Set<ZoneStatus> next() {
		return switch (this) {
			case APPROVED -> Set.of(ACTIVE, REVOKED, MERGED);
			case ACTIVE -> Set.of(REVOKED, MERGED);
			case REVOKED, MERGED -> Set.of();
		};
	}

	boolean canBecome(ZoneStatus target) {
		return target == this || next().contains(target);
	}

}
