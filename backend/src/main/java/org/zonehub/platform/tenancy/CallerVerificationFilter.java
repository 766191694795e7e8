package org.zonehub.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.Problems;

/**
 * Refuses, on every API path, a signed-in caller whose claims do not fit one role's shape or whose account ZoneHub
 * did not bind: the same 403 for {@code /api/me}, the national paths and every zone, before any controller runs.
 * Placed in the security chain after the bearer token was checked (not a servlet filter of its own).
 */
public class CallerVerificationFilter extends OncePerRequestFilter {

	private final CurrentCaller currentCaller;

	private final Problems problems;

	public CallerVerificationFilter(CurrentCaller currentCaller, Problems problems) {
		this.currentCaller = currentCaller;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/")
				|| !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			currentCaller.get();
		}
		catch (ApiProblem refused) {
			problems.write(request, response, refused.code(), refused.args().toArray());
			return;
		}
		chain.doFilter(request, response);
	}

}
