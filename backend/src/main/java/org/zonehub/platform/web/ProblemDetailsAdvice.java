package org.zonehub.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zonehub.platform.tenancy.TenantAccessDenied;

import tools.jackson.databind.DatabindException;

/**
 * Every error the API gives is an RFC 9457 problem; a 400 lists its bad fields under {@code errors}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(ApiProblem.class)
	ProblemDetail apiProblem(ApiProblem problem) {
		return withFields(ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage()),
				problem.fieldProblems());
	}

	@ExceptionHandler(TenantAccessDenied.NotFound.class)
	ProblemDetail notFound(TenantAccessDenied.NotFound denied) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found.");
	}

	@ExceptionHandler(TenantAccessDenied.Forbidden.class)
	ProblemDetail forbidden(TenantAccessDenied.Forbidden denied) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
			fields.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		invalid.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> fields.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return badRequest(invalid, fields, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		invalid.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> fields.add(new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage()))));
		return badRequest(invalid, fields, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (unreadable.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			return badRequest(unreadable,
					List.of(new FieldProblem(pathOf(databind), "has a value of the wrong type or format")), headers,
					request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON.");
		return handleExceptionInternal(unreadable, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** The servlet's limit refused an upload before any handler; every upload of the API is the field {@code file}. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = withFields(ProblemDetail.forStatusAndDetail(status, "The upload is too large."),
				List.of(new FieldProblem("file", "is larger than the server accepts: send a smaller file")));
		return handleExceptionInternal(tooLarge, problem, headers, status, request);
	}

	private ResponseEntity<Object> badRequest(Exception cause, List<FieldProblem> fields, HttpHeaders headers,
			WebRequest request) {
		ProblemDetail problem = withFields(
				ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields."), fields);
		return handleExceptionInternal(cause, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String pathOf(DatabindException databind) {
		StringBuilder path = new StringBuilder();
		databind.getPath().forEach(reference -> {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		});
		return path.toString();
	}

	private static ProblemDetail withFields(ProblemDetail problem, List<FieldProblem> fields) {
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields);
		}
		return problem;
	}

}
