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

		/** The {@code code}s of a problem's {@code errors}. */
		public java.util.List<String> errorCodes() {
			JsonNode errors = body.get("errors");
			return errors == null ? java.util.List.of()
					: errors.valueStream().map(error -> error.get("code").asString()).toList();
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

	/** A file download: the raw bytes and the headers that describe them. */
	public record Download(int status, byte[] body, String contentType, String contentDisposition) {
	}

	/**
	 * Posts one file as the multipart/form-data field {@code field}, as a browser's file input does.
	 *
	 * @param headers extra request headers as name, value pairs (e.g. {@code X-Request-Id})
	 */
	public Answer multipart(String path, String token, String field, String fileName, byte[] content,
			String... headers) {
		return multipart(path, token, field, fileName, HttpRequest.BodyPublishers.ofByteArray(content), headers);
	}

	/** {@link #multipart(String, String, String, String, byte[], String...)} of a file streamed from disk. */
	public Answer multipart(String path, String token, String field, String fileName, java.nio.file.Path content) {
		try {
			return multipart(path, token, field, fileName, HttpRequest.BodyPublishers.ofFile(content));
		}
		catch (java.io.FileNotFoundException missing) {
			throw new IllegalStateException(missing);
		}
	}

	private Answer multipart(String path, String token, String field, String fileName,
			HttpRequest.BodyPublisher content, String... headers) {
		String boundary = "----zonehub-test-" + java.util.UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\n" + "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpRequest.Builder request = request(path, token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), content,
					HttpRequest.BodyPublishers.ofByteArray(tail)));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** GETs a file; a problem answer's JSON ends up in {@code body} as bytes. */
	public Download download(String path, String token) {
		try {
			HttpResponse<byte[]> response = client.send(request(path, token).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""));
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
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
