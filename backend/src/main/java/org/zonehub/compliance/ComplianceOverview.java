package org.zonehub.compliance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A zone's compliance at a glance, for its charts. Levels, average score and the most unmet requirements count each
 * enterprise once, by its latest approved assessment.
 *
 * @param byStatus assessments per state (every state, zeros included)
 * @param byLevel enterprises per level of their latest approved assessment (every level, zeros included)
 * @param averageScore of the latest approved assessments; {@code null} when none is approved
 * @param mostUnmet the requirements most often answered not compliant or partly, most first (at most ten)
 */
public record ComplianceOverview(long activeEnterprises, long assessedEnterprises, BigDecimal averageScore,
		List<StatusCount> byStatus, List<LevelCount> byLevel, TaskCounts rectifications,
		List<UnmetRequirement> mostUnmet) {

	public record StatusCount(AssessmentStatus status, long count) {
	}

	public record LevelCount(Level level, long count) {
	}

	/**
	 * @param open with the enterprise (open or reopened), overdue ones included
	 * @param overdue past the due date and still with the enterprise
	 * @param submitted fixes waiting for the zone to verify
	 */
	public record TaskCounts(long open, long overdue, long submitted, long verified) {
	}

	public record UnmetRequirement(String code, String titleZh, String titleEn, long notCompliant, long partly) {
	}

	/** Key and count rows of the overview's group-by queries. */
	record Count(String key, long count) {
	}

}
