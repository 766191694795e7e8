package org.zonehub.platform.web;

import java.util.Arrays;
import java.util.List;

/**
 * One bad field of a request: {@code field} is the JSON path (e.g. {@code firstAdmin.email}), {@code code} a field
 * code of the catalogue, {@code args} what its message takes.
 */
public record FieldProblem(String field, ErrorCode code, List<Object> args) {

	public FieldProblem {
		if (code.isProblem()) {
			throw new IllegalArgumentException(code + " names a whole answer, not a field");
		}
		args = List.copyOf(args);
	}

	public FieldProblem(String field, ErrorCode code, Object... args) {
		this(field, code, Arrays.asList(args));
	}

}
