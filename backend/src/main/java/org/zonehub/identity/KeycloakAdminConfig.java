package org.zonehub.identity;

import java.util.concurrent.TimeUnit;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.spi.StreamMessageBodyReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zonehub.platform.security.KeycloakProperties;

/**
 * The admin client signs in as the {@code zonehub-backend} service account, which holds only manage-users,
 * view-users and query-users. Tokens are fetched lazily, so start-up does not need Keycloak.
 *
 * <p>
 * The RESTEasy client is built here rather than by the admin client's default, because that one has no deadlines:
 * a Keycloak that accepts connections and never answers (a paused process, a full thread pool) would hold a
 * request, and the user behind it, forever. Every call now fails within the read timeout, and a request never waits
 * long for a pooled connection either. The providers are the ones the admin client's default registers.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfig {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdmin(KeycloakProperties keycloak) {
		ResteasyClientBuilderImpl client = new ResteasyClientBuilderImpl();
		client.connectionPoolSize(10)
			.connectTimeout(keycloak.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(keycloak.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.connectionCheckoutTimeout(keycloak.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.register(StreamMessageBodyReader.class)
			.register(JacksonProvider.class, 100);
		return KeycloakBuilder.builder()
			.serverUrl(keycloak.url())
			.realm(keycloak.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(keycloak.backendClientId())
			.clientSecret(keycloak.backendClientSecret())
			.resteasyClient(client.build())
			.build();
	}

}
