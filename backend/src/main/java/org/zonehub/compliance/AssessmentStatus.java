package org.zonehub.compliance;

import java.util.Map;
import java.util.Set;

/**
 * The life of an assessment: the enterprise fills a DRAFT and submits it; the zone returns it (RETURNED, editable
 * again, resubmitted) or approves it. APPROVED is final: a new round is a new assessment.
 */
public enum AssessmentStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	private static final Map<AssessmentStatus, Set<AssessmentStatus>> NEXT = Map.of(DRAFT, Set.of(SUBMITTED),
			SUBMITTED, Set.of(RETURNED, APPROVED), RETURNED, Set.of(SUBMITTED), APPROVED, Set.of());

	boolean canMoveTo(AssessmentStatus target) {
		return NEXT.get(this).contains(target);
	}

	/** Only the enterprise's own working states accept answers and evidence. */
	boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
