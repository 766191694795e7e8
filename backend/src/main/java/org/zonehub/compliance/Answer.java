package org.zonehub.compliance;

/** An enterprise's answer to one requirement, and the share of its weight it earns in the score. */
public enum Answer {

	COMPLIANT(1.0), PARTLY(0.5), NOT_COMPLIANT(0.0), NOT_APPLICABLE(0.0);

	private final double credit;

	Answer(double credit) {
		this.credit = credit;
	}

	double credit() {
		return credit;
	}

	/** Answers that claim (some) compliance must be backed by evidence where the requirement asks for it. */
	boolean claimsCompliance() {
		return this == COMPLIANT || this == PARTLY;
	}

	/** Answers an approved assessment turns into a rectification task. */
	boolean needsRectification() {
		return this == PARTLY || this == NOT_COMPLIANT;
	}

}
