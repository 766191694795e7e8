package org.zonehub.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the realm lives and how the backend talks to it.
 *
 * @param url base URL of Keycloak as browsers and token issuers see it (the token issuer is {@code url/realms/realm})
 * @param realm the realm name
 * @param webClientId the public client the single-page app signs in with
 * @param backendClientId the confidential client whose service account provisions users
 * @param backendClientSecret its secret
 * @param audience the audience every access token must carry
 * @param clockSkew tolerated clock difference when checking token expiry
 * @param connectTimeout how long a connection to Keycloak may take to open
 * @param readTimeout how long Keycloak may take to answer one call; a hung Keycloak fails the request after this
 */
@ConfigurationProperties("zonehub.keycloak")
public record KeycloakProperties(String url, String realm, String webClientId, String backendClientId,
		String backendClientSecret, String audience, Duration clockSkew, Duration connectTimeout,
		Duration readTimeout) {

	public String issuer() {
		return url + "/realms/" + realm;
	}

	public String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

}
