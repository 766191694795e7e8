package org.zonehub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the test Keycloak, by password grant through the test client. A token is fetched once
 * per user and reused (a grant costs ~150 ms of password hashing) until it is within a minute of its expiry: tokens
 * live five minutes and a whole suite runs longer than that, so a cache that ignored {@code exp} would hand later
 * tests expired tokens on a slow machine.
 */
public final class Tokens {

	public static final String DEMO_PASSWORD = "demo";

	private static final Map<String, String> cache = new ConcurrentHashMap<>();

	private static final long RENEW_BEFORE_EXPIRY_SECONDS = 60;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private Tokens() {
	}

	public static String of(String username) {
		return cache.compute(username, (user, cached) -> cached != null && !nearExpiry(cached) ? cached
				: grant(KeycloakTestServer.TEST_CLIENT, user, DEMO_PASSWORD, KeycloakTestServer.REALM));
	}

	/** A fresh token, never cached, from any client and realm of the test Keycloak. */
	public static String fresh(String clientId, String username, String password, String realm) {
		return grant(clientId, username, password, realm);
	}

	public static JsonNode claims(String token) {
		String payload = token.split("\\.")[1];
		return json.readTree(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

	private static boolean nearExpiry(String token) {
		long expiresAt = claims(token).get("exp").asLong();
		return expiresAt - java.time.Instant.now().getEpochSecond() < RENEW_BEFORE_EXPIRY_SECONDS;
	}

	private static String grant(String clientId, String username, String password, String realm) {
		KeycloakTestServer.ensureRunning();
		JsonNode body = postForm(KeycloakTestServer.URL + "/realms/" + realm + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password,
						"scope", "openid"));
		return body.get("access_token").asString();
	}

	static String formEncoded(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static JsonNode postForm(String url, Map<String, String> form) {
		String encoded = formEncoded(form);
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(encoded))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
			}
			return json.readTree(response.body());
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
