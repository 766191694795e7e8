package org.zonehub.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: what fails outside Spring MVC's handlers (a filter, the container itself)
 * ends here. It answers a coded problem like everything else, instead of Boot's default
 * {@code {timestamp, status, error, path}}.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final Problems problems;

	ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiProblem problem) {
				return answer(problem, request);
			}
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		ErrorCode code = ProblemDetailsAdvice
			.byStatus(HttpStatusCode.valueOf(status instanceof Integer value ? value : 500));
		if (code == ErrorCode.INTERNAL_ERROR) {
			log.error("Request {} failed outside Spring MVC",
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
		}
		return answer(new ApiProblem(code), request);
	}

	private ResponseEntity<ProblemDetail> answer(ApiProblem problem, HttpServletRequest request) {
		return ResponseEntity.status(problem.code().status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.detail(problem, request));
	}

}
