package org.zonehub.platform.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.security.KeycloakProperties;

/** What the single-page app needs before sign-in: where Keycloak is. Public by design. */
@RestController
class ClientConfigController {

	record ClientConfig(String keycloakUrl, String realm, String clientId) {
	}

	private final KeycloakProperties keycloak;

	ClientConfigController(KeycloakProperties keycloak) {
		this.keycloak = keycloak;
	}

	@GetMapping("/api/config")
	ClientConfig config() {
		return new ClientConfig(keycloak.url(), keycloak.realm(), keycloak.webClientId());
	}

}
