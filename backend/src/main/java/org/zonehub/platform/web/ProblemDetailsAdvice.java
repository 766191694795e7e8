package org.zonehub.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * Every error the API gives is an RFC 9457 problem from the {@link ErrorCode} catalogue, worded in the caller's
 * language; Spring's own exceptions are given codes here too, and anything unexpected is a coded 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final Problems problems;

	private final LocaleResolver locales;

	private final DataSize maxUpload;

	ProblemDetailsAdvice(Problems problems, LocaleResolver locales,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
		this.problems = problems;
		this.locales = locales;
		this.maxUpload = maxUpload;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.code().status());
		if (problem.code().status() == HttpStatus.SERVICE_UNAVAILABLE) {
			// what a 503 here waits for (Keycloak, a free export slot) comes back within seconds
			answer.header(HttpHeaders.RETRY_AFTER, "5");
		}
		return answer.body(problems.detail(problem, request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), failure);
		return ResponseEntity.internalServerError()
			.body(problems.detail(new ApiProblem(ErrorCode.INTERNAL_ERROR), request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		for (org.springframework.validation.FieldError error : invalid.getBindingResult().getFieldErrors()) {
			fields.add(fieldProblem(error.getField(), error.unwrap(ConstraintViolation.class)));
		}
		invalid.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> fields.add(fieldProblem(error.getObjectName(), error.unwrap(ConstraintViolation.class))));
		return answer(invalid, ApiProblem.invalid(fields), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> fields.add(fieldProblem(name, result.unwrap(error, ConstraintViolation.class))));
		}
		return answer(invalid, ApiProblem.invalid(fields), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBounds.BodyTooLarge) {
				return answer(unreadable, new ApiProblem(ErrorCode.PAYLOAD_TOO_LARGE), headers, request);
			}
		}
		if (unreadable.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()
				&& !(databind.getCause() instanceof StreamConstraintsException)) {
			return answer(unreadable, ApiProblem.invalid(pathOf(databind), ErrorCode.FIELD_WRONG_TYPE), headers,
					request);
		}
		return answer(unreadable, new ApiProblem(ErrorCode.MALFORMED_REQUEST), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException missing, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return answer(missing, ApiProblem.invalid(missing.getParameterName(), ErrorCode.FIELD_REQUIRED), headers,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException missing,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answer(missing, ApiProblem.invalid(missing.getRequestPartName(), ErrorCode.FILE_REQUIRED), headers,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = mismatch.getPropertyName() == null ? "value" : mismatch.getPropertyName();
		return answer(mismatch, ApiProblem.invalid(field, ErrorCode.FIELD_WRONG_TYPE), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Tomcat's exception does not always carry the limit (-1): the configured one is the truth
		long limit = tooLarge.getMaxUploadSize() > 0 ? tooLarge.getMaxUploadSize() : maxUpload.toBytes();
		long megabytes = Math.max(1, limit / (1024 * 1024));
		return answer(tooLarge, new ApiProblem(ErrorCode.PAYLOAD_TOO_LARGE,
				new FieldProblem("file", ErrorCode.FILE_TOO_LARGE, megabytes)), headers, request);
	}

	/** Spring's other exceptions (unknown path, wrong method or media type…): coded by what they are. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().containsKey("code")) {
			return super.handleExceptionInternal(failure, body, headers, status, request);
		}
		ErrorCode code = failure instanceof HttpRequestMethodNotSupportedException ? ErrorCode.METHOD_NOT_ALLOWED
				: failure instanceof HttpMediaTypeNotSupportedException ? ErrorCode.UNSUPPORTED_MEDIA_TYPE
						: failure instanceof HttpMediaTypeNotAcceptableException ? ErrorCode.NOT_ACCEPTABLE
								: byStatus(status);
		if (code == ErrorCode.INTERNAL_ERROR) {
			log.error("Failure inside Spring MVC", failure);
		}
		return answer(failure, new ApiProblem(code), headers, request);
	}

	static ErrorCode byStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> ErrorCode.MALFORMED_REQUEST;
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCode.NOT_ACCEPTABLE;
			case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
			case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
			default -> ErrorCode.INTERNAL_ERROR;
		};
	}

	private ResponseEntity<Object> answer(Exception cause, ApiProblem problem, HttpHeaders headers,
			WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		Locale locale = locales.resolveLocale(servletRequest);
		ProblemDetail body = problems.detail(problem.code(), problem.args(), problem.fieldProblems(), locale,
				servletRequest.getRequestURI());
		return super.handleExceptionInternal(cause, body, headers, problem.code().status(), request);
	}

	private static FieldProblem fieldProblem(String field, ConstraintViolation<?> violation) {
		return violation == null ? new FieldProblem(field, ErrorCode.FIELD_INVALID) : Violations.of(field, violation);
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

}
