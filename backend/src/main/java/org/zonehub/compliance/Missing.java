package org.zonehub.compliance;

/**
 * Why an item stops the assessment from being submitted.
 *
 * @param reason {@code UNANSWERED}, {@code EVIDENCE} (a compliant or partly answer where the requirement needs
 *     evidence and none is attached) or {@code REASON} (not applicable without a comment saying why)
 */
public record Missing(String code, String reason) {

	String message() {
		return switch (reason) {
			case "UNANSWERED" -> "is not answered";
			case "EVIDENCE" -> "needs at least one evidence file";
			default -> "is marked not applicable: say why in the comment";
		};
	}

}
