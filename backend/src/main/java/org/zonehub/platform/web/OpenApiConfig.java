package org.zonehub.platform.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
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
			.components(new Components()
				.addSecuritySchemes("keycloak",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSchemas("ProblemCode", codes(true))
				.addSchemas("FieldErrorCode", codes(false))
				.addSchemas("FieldError", new ObjectSchema().description("One bad field of a request.")
					.addProperty("field", new StringSchema().description("the JSON path, e.g. firstAdmin.email"))
					.addProperty("code", new Schema<String>().$ref("#/components/schemas/FieldErrorCode"))
					.addProperty("message", new StringSchema().description("worded in the Accept-Language"))
					.required(List.of("field", "code", "message")))
				.addSchemas("Problem", new ObjectSchema()
					.description("Every error answer (RFC 9457, application/problem+json). Branch on code, never on "
							+ "the wording.")
					.addProperty("type", new StringSchema().description(ErrorCode.TYPE_PREFIX + "<code>"))
					.addProperty("title", new StringSchema())
					.addProperty("status", new IntegerSchema())
					.addProperty("detail", new StringSchema().description("worded in the Accept-Language"))
					.addProperty("instance", new StringSchema())
					.addProperty("code", new Schema<String>().$ref("#/components/schemas/ProblemCode"))
					.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")))
					.addProperty("requestId", new StringSchema())
					.required(List.of("type", "title", "status", "code"))))
			.addSecurityItem(new SecurityRequirement().addList("keycloak"));
	}

	/** The catalogue's codes as an enum schema: the frontend's types are generated from it. */
	private static Schema<String> codes(boolean problems) {
		StringSchema schema = new StringSchema();
		schema.setEnum(Arrays.stream(ErrorCode.values())
			.filter(code -> code.isProblem() == problems)
			.map(ErrorCode::code)
			.toList());
		return schema.description(problems ? "the code of a whole error answer" : "the code of one bad field");
	}

}
