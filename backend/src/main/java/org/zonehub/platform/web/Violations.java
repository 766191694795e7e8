package org.zonehub.platform.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

/**
 * Turns a Bean Validation violation into a field code of the catalogue. A constraint whose {@code message} names a
 * code in braces ({@code @Pattern(..., message = "{zone.code-format}")}) gets that code; the standard constraints
 * get the general codes with their limits as arguments. The validator's own wording is never sent.
 */
public final class Violations {

	private Violations() {
	}

	public static FieldProblem of(String field, ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		if (template.startsWith("{") && template.endsWith("}")) {
			ErrorCode named = ErrorCode.of(template.substring(1, template.length() - 1));
			if (named != null) {
				return new FieldProblem(field, named);
			}
		}
		Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> new FieldProblem(field, ErrorCode.FIELD_REQUIRED);
			case "Size", "Length" -> ((Number) limits.get("min")).intValue() <= 0
					? new FieldProblem(field, ErrorCode.FIELD_TOO_LONG, limits.get("max"))
					: new FieldProblem(field, ErrorCode.FIELD_SIZE, limits.get("min"), limits.get("max"));
			case "Email" -> new FieldProblem(field, ErrorCode.FIELD_EMAIL);
			case "Pattern" -> new FieldProblem(field, ErrorCode.FIELD_PATTERN);
			case "Min", "DecimalMin" -> new FieldProblem(field, ErrorCode.FIELD_TOO_SMALL, limits.get("value"));
			case "Max", "DecimalMax" -> new FieldProblem(field, ErrorCode.FIELD_TOO_LARGE, limits.get("value"));
			case "PositiveOrZero" -> new FieldProblem(field, ErrorCode.FIELD_TOO_SMALL, 0);
			case "Positive" -> new FieldProblem(field, ErrorCode.FIELD_NOT_POSITIVE);
			case "FutureOrPresent" -> new FieldProblem(field, ErrorCode.FIELD_NOT_IN_PAST);
			default -> new FieldProblem(field, ErrorCode.FIELD_INVALID);
		};
	}

}
