package org.zonehub.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.Problems;

/**
 * 401, 403 and a token that could not be checked at all as coded problems, keeping the {@code WWW-Authenticate}
 * header of RFC 6750. A token that cannot be checked because the realm's keys are out of reach (Keycloak down, no
 * keys cached yet) is 503: the caller did nothing wrong and may retry.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final Problems problems;

	ProblemSecurityHandlers(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		bearer.commence(request, response, failure);
		problems.write(request, response, ErrorCode.UNAUTHENTICATED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		problems.write(request, response, ErrorCode.FORBIDDEN);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		if (failure instanceof AuthenticationServiceException) {
			log.warn("A token could not be checked: {}", failure.getMessage());
			response.setHeader("Retry-After", "5");
			problems.write(request, response, ErrorCode.SIGN_IN_KEYS_UNAVAILABLE);
			return;
		}
		commence(request, response, failure);
	}

}
