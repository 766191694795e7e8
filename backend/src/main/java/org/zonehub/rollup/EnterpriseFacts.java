package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;

import org.zonehub.compliance.Level;
import org.zonehub.enterprise.EnterpriseStatus;

/**
 * What the rollup knows of one enterprise, and since when: its status and its latest approved assessment. A change
 * older than what is known is ignored, so the facts end the same whatever order the events came in.
 */
record EnterpriseFacts(long enterpriseId, EnterpriseStatus status, Instant statusAt, Level level, BigDecimal score,
		Instant approvedAt) {

	static EnterpriseFacts unknown(long enterpriseId) {
		return new EnterpriseFacts(enterpriseId, null, null, null, null, null);
	}

	/** {@code null} when the facts already stand as of {@code at} or later. */
	EnterpriseFacts withStatus(EnterpriseStatus newStatus, Instant at) {
		if (statusAt != null && !at.isAfter(statusAt)) {
			return null;
		}
		return new EnterpriseFacts(enterpriseId, newStatus, at, level, score, approvedAt);
	}

	/** {@code null} when an approval as late or later is already known. */
	EnterpriseFacts withApproval(Level newLevel, BigDecimal newScore, Instant at) {
		if (approvedAt != null && !at.isAfter(approvedAt)) {
			return null;
		}
		return new EnterpriseFacts(enterpriseId, status, statusAt, newLevel, newScore, at);
	}

	/** What this enterprise adds to its zone's counters: only an active one counts, and its assessment with it. */
	Counters contribution() {
		if (status != EnterpriseStatus.ACTIVE) {
			return Counters.ZERO;
		}
		boolean assessed = level != null;
		return new Counters(1, assessed ? 1 : 0, level == Level.A ? 1 : 0, level == Level.B ? 1 : 0,
				level == Level.C ? 1 : 0, level == Level.D ? 1 : 0, assessed ? score : BigDecimal.ZERO, 0, 0);
	}

}
