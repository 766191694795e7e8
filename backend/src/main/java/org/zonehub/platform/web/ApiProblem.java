package org.zonehub.platform.web;

import java.util.Arrays;
import java.util.List;

/**
 * A failure the API answers with a problem-details body: a code of the {@link ErrorCode} catalogue with the
 * arguments its message takes, and for a 400 the fields at fault. Features throw it; one advice words and renders
 * it in the caller's language.
 */
public class ApiProblem extends RuntimeException {

	private final ErrorCode code;

	private final List<Object> args;

	private final List<FieldProblem> fieldProblems;

	private ApiProblem(ErrorCode code, List<Object> args, List<FieldProblem> fieldProblems) {
		super(code.code() + (args.isEmpty() ? "" : " " + args), null, false, false);
		if (!code.isProblem()) {
			throw new IllegalArgumentException(code + " is a field code; use ApiProblem.invalid for it");
		}
		this.code = code;
		this.args = List.copyOf(args);
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	/** A problem of the catalogue, e.g. {@code new ApiProblem(ErrorCode.STALE_VERSION)}. */
	public ApiProblem(ErrorCode code, Object... args) {
		this(code, Arrays.asList(args), List.of());
	}

	/** A problem that also names the field it is about, e.g. a 409 for a credit code that is taken. */
	public ApiProblem(ErrorCode code, FieldProblem field, Object... args) {
		this(code, Arrays.asList(args), List.of(field));
	}

	/** 400 naming one field, e.g. {@code ApiProblem.invalid("file", ErrorCode.FILE_EMPTY)}. */
	public static ApiProblem invalid(String field, ErrorCode fieldCode, Object... args) {
		return invalid(List.of(new FieldProblem(field, fieldCode, args)));
	}

	/** 400 naming every field at fault. */
	public static ApiProblem invalid(List<FieldProblem> fields) {
		return new ApiProblem(ErrorCode.VALIDATION_FAILED, List.of(), fields);
	}

	/** 404: the thing does not exist, or belongs to a zone or enterprise the caller may not see. */
	public static ApiProblem notFound() {
		return new ApiProblem(ErrorCode.NOT_FOUND);
	}

	/** 409: someone else changed it since the caller read it. */
	public static ApiProblem stale() {
		return new ApiProblem(ErrorCode.STALE_VERSION);
	}

	public ErrorCode code() {
		return code;
	}

	public List<Object> args() {
		return args;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

}
