package org.zonehub.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs are bounded before memory is spent, each refusal a coded problem in under two seconds; and Spring's own
 * error paths answer problems too, in the caller's language.
 */
@IntegrationTest
class RequestBoundsTest {

	private static final String ENTERPRISES = "/api/zones/ningbo/enterprises";

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = Tokens.of("ningbo-admin");

	@Test
	void jsonNestedDeeperThanAnyFormIsRefused() {
		// under a property no form has: Jackson walks over the value, which is where nesting costs (a mismatched
		// property fails at its first token anyway)
		String deep = "{\"note\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"nameZh\":\"深\"}";

		Answer refused = quickly(() -> api.post(ENTERPRISES, admin, deep));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.field("code")).isEqualTo("malformed-request");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWhetherItSaysItsLengthOrStreams() throws Exception {
		String big = "{\"nameZh\":\"" + "宁".repeat(700_000) + "\"}"; // 2.1 MB of UTF-8

		Answer declared = quickly(() -> api.post(ENTERPRISES, admin, big));
		HttpResponse<String> streamed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + IntegrationTest.PORT + ENTERPRISES))
				.header("Authorization", "Bearer " + admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.field("code")).isEqualTo("payload-too-large");
		assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
		assertThat(streamed.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void deepPagesAreRefusedNamingThePage() {
		Answer refused = quickly(() -> api.get(ENTERPRISES + "?page=100000&size=200", admin));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("page");
		assertThat(refused.errorCodes()).containsExactly("field.page-too-deep");
	}

	@Test
	void searchesTakeWildcardsLiterally() {
		String marker = "百分之百%" + System.nanoTime() % 10_000 + "_贸易有限公司";
		Answer created = api.post(ENTERPRISES, admin, """
				{"creditCode":"%s","nameZh":"%s","kinds":["SELLER"]}""".formatted(CreditCodes.random(), marker));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

		JsonNode percent = api.get(ENTERPRISES + "?name=%25&size=200", admin).body();
		JsonNode underscore = api.get(ENTERPRISES + "?name=_&size=200", admin).body();

		assertThat(percent.get("items").valueStream().map(item -> item.get("nameZh").asString()))
			.isNotEmpty()
			.allMatch(name -> name.contains("%"));
		assertThat(underscore.get("items").valueStream().map(item -> item.get("nameZh").asString()))
			.isNotEmpty()
			.allMatch(name -> name.contains("_"));
	}

	@Test
	void springsOwnErrorsAreCodedProblemsInTheCallersLanguage() throws IOException, InterruptedException {
		Answer unknown = api.get("/api/no-such-thing", admin);
		HttpResponse<String> method = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + IntegrationTest.PORT + "/api/me"))
				.header("Authorization", "Bearer " + admin)
				.header("Accept-Language", "en-GB,en;q=0.9")
				.method("DELETE", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		Answer noToken = api.get("/api/me", null);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.field("code")).isEqualTo("not-found");
		assertThat(unknown.field("detail")).isEqualTo("未找到。");
		assertThat(method.statusCode()).isEqualTo(405);
		JsonNode problem = JsonMapper.builder().build().readTree(method.body());
		assertThat(problem.get("code").asString()).isEqualTo("method-not-allowed");
		assertThat(problem.get("title").asString()).isEqualTo("Method not allowed");
		assertThat(noToken.status()).isEqualTo(401);
		assertThat(noToken.field("code")).isEqualTo("unauthenticated");
		assertThat(noToken.field("type")).isEqualTo("urn:zonehub:problem:unauthenticated");
	}

	private static Answer quickly(Supplier<Answer> call) {
		long start = System.nanoTime();
		Answer answer = call.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).as("answered after " + took).isLessThan(Duration.ofSeconds(2));
		assertThat(answer.contentType()).startsWith("application/problem+json");
		return answer;
	}

}
