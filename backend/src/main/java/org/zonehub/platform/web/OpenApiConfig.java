package org.zonehub.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published API contract. The server URL is relative so the document is the same wherever it is served;
 * it is committed as {@code backend/openapi.json} and the frontend's types are generated from it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI zonehubOpenApi() {
		return new OpenAPI()
			.info(new Info().title("ZoneHub API")
				.version("1")
				.description("Cross-border e-commerce comprehensive pilot zones: zones, enterprises, compliance."))
			.addServersItem(new Server().url("/"))
			.components(new Components().addSecuritySchemes("keycloak",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("keycloak"));
	}

}
