package org.zonehub.compliance;

/** An item that stops the assessment from being submitted, and why. */
public record Missing(String code, Reason reason) {

	public enum Reason {

		/** No answer yet. */
		UNANSWERED("is not answered"),
		/** Compliant or partly, where the requirement needs evidence, and none is attached. */
		EVIDENCE("needs at least one evidence file"),
		/** Not applicable without a comment saying why. */
		REASON("is marked not applicable: say why in the comment");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

	}

	String message() {
		return reason.message;
	}

}
