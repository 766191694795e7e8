package org.zonehub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running backend over real HTTP, as the browser does, with a bearer token (or none). */
public final class Api {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient client = HttpClient.newHttpClient();

	private final String baseUrl;

	public Api(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	public record Answer(int status, JsonNode body, String contentType) {

		public String field(String name) {
			JsonNode value = body.get(name);
			return value == null || value.isNull() ? null : value.asString();
		}

		/** The {@code field} names of a problem's {@code errors}. */
		public java.util.List<String> errorFields() {
			JsonNode errors = body.get("errors");
			return errors == null ? java.util.List.of()
					: errors.valueStream().map(error -> error.get("field").asString()).toList();
		}

	}

	public Answer get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Answer post(String path, String token, String jsonBody) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
	}

	public Answer put(String path, String token, String jsonBody) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
	}

	public Answer delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	public Answer patch(String path, String token, String jsonBody) {
		return send(request(path, token).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(jsonBody)));
	}

	public static String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Answer(response.statusCode(),
					body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body),
					response.headers().firstValue("Content-Type").orElse(""));
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
