package org.zonehub.platform.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.zonehub.platform.tenancy.CallerVerificationFilter;
import org.zonehub.platform.tenancy.CurrentCaller;
import org.zonehub.platform.web.Problems;

/**
 * Stateless bearer-token security. Tokens are checked locally (signature against the realm's cached JWKS,
 * issuer, expiry, audience): no call to Keycloak per request. The keys are fetched with a deadline, so a hung
 * Keycloak makes an uncached key a quick 503, and signed-in users whose keys are cached never notice it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problemHandlers, CurrentCaller currentCaller,
			Problems problems) throws Exception {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(new RealmRolesConverter());
		tokens.setPrincipalClaimName("preferred_username");
		return http
			.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/config", "/actuator/health/**", "/actuator/info",
						"/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				// the container's error page: it only renders the problem of a request that already failed
				.requestMatchers("/error").permitAll()
				.requestMatchers("/api/national/**").hasAuthority(Roles.AUTHORITY_MINISTRY)
				.requestMatchers("/api/**", "/actuator/**").authenticated()
				// everything else is the single-page app and its static files
				.anyRequest().permitAll())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(problemHandlers)
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						// by default an unreachable key set is rethrown and ends as a bare 500
						filter.setAuthenticationFailureHandler(problemHandlers);
						return filter;
					}
				}))
			.addFilterAfter(new CallerVerificationFilter(currentCaller, problems), BearerTokenAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problemHandlers)
				.accessDeniedHandler(problemHandlers))
			.build();
	}

	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
		SimpleClientHttpRequestFactory withDeadlines = new SimpleClientHttpRequestFactory();
		withDeadlines.setConnectTimeout(keycloak.connectTimeout());
		withDeadlines.setReadTimeout(keycloak.readTimeout());
		RestTemplate keys = new RestTemplate(withDeadlines);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).restOperations(keys).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
				new JwtTimestampValidator(keycloak.clockSkew()),
				new JwtIssuerValidator(keycloak.issuer()),
				audience(keycloak.audience()))));
		return decoder;
	}

	private static OAuth2TokenValidator<Jwt> audience(String audience) {
		OAuth2Error missing = new OAuth2Error("invalid_token", "The token is not meant for " + audience, null);
		return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(missing);
	}

}
