package org.zonehub.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract ({@code backend/openapi.json}, which the frontend's types are generated from) must be
 * what the code publishes. After an intended API change, refresh it with
 * {@code ./mvnw -pl backend -am verify -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true}.
 */
@IntegrationTest
class OpenApiDocumentTest {

	private static final Path COMMITTED = Path.of("openapi.json");

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void committedDocumentMatchesWhatTheCodePublishes() throws IOException {
		JsonNode published = new Api(IntegrationTest.PORT).get("/v3/api-docs", null).body();
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(COMMITTED, json.writeValueAsString(published) + "\n");
		}

		JsonNode committed = json.readTree(Files.readString(COMMITTED));

		assertThat(published.get("paths")).as("paths").isEqualTo(committed.get("paths"));
		assertThat(published).as("the whole document; refresh with -Dopenapi.update=true").isEqualTo(committed);
	}

}
