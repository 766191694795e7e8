package org.zonehub.compliance;

import org.zonehub.platform.web.ErrorCode;

/** An item that stops the assessment from being submitted, and why. */
public record Missing(String code, Reason reason) {

	public enum Reason {

		/** No answer yet. */
		UNANSWERED(ErrorCode.ITEM_UNANSWERED),
		/** Compliant or partly, where the requirement needs evidence, and none is attached. */
		EVIDENCE(ErrorCode.ITEM_NEEDS_EVIDENCE),
		/** Not applicable without a comment saying why. */
		REASON(ErrorCode.ITEM_NEEDS_REASON);

		private final ErrorCode problem;

		Reason(ErrorCode problem) {
			this.problem = problem;
		}

	}

	ErrorCode problem() {
		return reason.problem;
	}

}
