package org.zonehub.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every problem the API sends (RFC 9457): {@code type} from the catalogue code, {@code title} and
 * {@code detail} worded in the caller's language, {@code code}, {@code errors} for the fields at fault, and the
 * request id so a user's report can be matched to the log. The MVC advice, the error page and the security
 * filters all come here, so no path answers in another shape.
 */
@Component
public class Problems {

	private final Messages messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	Problems(Messages messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	public ProblemDetail detail(ErrorCode code, List<?> args, List<FieldProblem> fields, Locale locale,
			String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), messages.text(code, args, locale));
		problem.setType(code.type());
		problem.setTitle(messages.title(code.status().value(), locale));
		if (instance != null) {
			problem.setInstance(URI.create(instance));
		}
		problem.setProperty("code", code.code());
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields.stream().map(field -> messages.field(field, locale)).toList());
		}
		String requestId = RequestIdFilter.current();
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	public ProblemDetail detail(ApiProblem problem, HttpServletRequest request) {
		return detail(problem.code(), problem.args(), problem.fieldProblems(), locales.resolveLocale(request),
				request.getRequestURI());
	}

	/** Writes a problem straight to the response, for code that runs before Spring MVC (security filters). */
	public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, Object... args)
			throws IOException {
		ProblemDetail problem = detail(code, Arrays.asList(args), List.of(), locales.resolveLocale(request),
				request.getRequestURI());
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
