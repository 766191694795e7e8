package org.zonehub.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the API answers with a problem-details body. Features throw the subclasses; one advice renders them.
 */
public abstract class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final List<FieldProblem> fieldProblems;

	protected ApiProblem(HttpStatus status, String detail, List<FieldProblem> fieldProblems) {
		super(detail, null, false, false);
		this.status = status;
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public HttpStatus status() {
		return status;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** 404: the thing does not exist, or belongs to a zone or enterprise the caller may not see. */
	public static class NotFound extends ApiProblem {

		public NotFound(String detail) {
			super(HttpStatus.NOT_FOUND, detail, List.of());
		}

	}

	/** 409: the request is well-formed but clashes with the current state (stale version, illegal transition). */
	public static class Conflict extends ApiProblem {

		public Conflict(String detail) {
			super(HttpStatus.CONFLICT, detail, List.of());
		}

		public Conflict(String detail, FieldProblem field) {
			super(HttpStatus.CONFLICT, detail, List.of(field));
		}

	}

	/** 400: validation that needs more than annotations (the database, other fields). */
	public static class Invalid extends ApiProblem {

		public Invalid(List<FieldProblem> fieldProblems) {
			super(HttpStatus.BAD_REQUEST, "The request has invalid fields.", fieldProblems);
		}

		public Invalid(String field, String message) {
			this(List.of(new FieldProblem(field, message)));
		}

	}

	/** 503: a service ZoneHub depends on (Keycloak) did not answer; nothing was changed. */
	public static class Unavailable extends ApiProblem {

		public Unavailable(String detail) {
			super(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of());
		}

	}

}
