package org.zonehub.identity;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zonehub.platform.security.KeycloakProperties;

/**
 * The admin client signs in as the {@code zonehub-backend} service account, which holds only manage-users,
 * view-users and query-users. Tokens are fetched lazily, so start-up does not need Keycloak.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfig {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdmin(KeycloakProperties keycloak) {
		return KeycloakBuilder.builder()
			.serverUrl(keycloak.url())
			.realm(keycloak.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(keycloak.backendClientId())
			.clientSecret(keycloak.backendClientSecret())
			.build();
	}

}
