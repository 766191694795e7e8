package org.zonehub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through Keycloak's real login pages the way a browser would (authorization-code flow, HTML forms),
 * including the required password change of a freshly provisioned account — which a password grant cannot do.
 */
public final class BrowserlessSignIn {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private BrowserlessSignIn() {
	}

	/** Signs in with a temporary password, sets {@code newPassword}, and returns the access token. */
	public static String signInChangingPassword(String username, String temporaryPassword, String newPassword) {
		KeycloakTestServer.ensureRunning();
		Browser browser = new Browser();
		try {
			String realmUrl = KeycloakTestServer.URL + "/realms/" + KeycloakTestServer.REALM;
			String authorize = realmUrl + "/protocol/openid-connect/auth?" + Tokens.formEncoded(Map.of("client_id",
					KeycloakTestServer.TEST_CLIENT, "response_type", "code", "scope", "openid", "redirect_uri",
					KeycloakTestServer.TEST_REDIRECT_URI, "state", "test"));
			HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(authorize)));
			HttpResponse<String> passwordPage = submit(browser, loginPage.body(),
					Map.of("username", username, "password", temporaryPassword));
			if (passwordPage.statusCode() != 200 || !passwordPage.body().contains("password-new")) {
				throw new IllegalStateException("Expected the password change form, got " + passwordPage.statusCode());
			}
			HttpResponse<String> redirect = submit(browser, passwordPage.body(),
					Map.of("password-new", newPassword, "password-confirm", newPassword));
			String location = redirect.headers().firstValue("Location").orElseThrow(
					() -> new IllegalStateException("No redirect after the password change: " + redirect.statusCode()));
			String code = query(URI.create(location)).get("code");
			return Tokens.postForm(realmUrl + "/protocol/openid-connect/token",
					Map.of("grant_type", "authorization_code", "client_id", KeycloakTestServer.TEST_CLIENT, "code",
							code, "redirect_uri", KeycloakTestServer.TEST_REDIRECT_URI))
				.get("access_token")
				.asString();
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private static HttpResponse<String> submit(Browser browser, String page, Map<String, String> fields)
			throws IOException, InterruptedException {
		Matcher action = FORM_ACTION.matcher(page);
		if (!action.find()) {
			throw new IllegalStateException("No form on the page");
		}
		String url = action.group(1).replace("&amp;", "&");
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Tokens.formEncoded(fields))));
		// Keycloak moves between its own pages by redirect; stop at the first redirect out of Keycloak.
		while (response.statusCode() == 302 && response.headers()
			.firstValue("Location")
			.filter(location -> location.startsWith(KeycloakTestServer.URL))
			.isPresent()) {
			response = browser.send(HttpRequest.newBuilder(URI.create(response.headers().firstValue("Location").get())));
		}
		return response;
	}

	/**
	 * Keeps Keycloak's session cookies. They are marked Secure, which browsers honour on http://127.0.0.1 (a
	 * trustworthy origin) but java.net's CookieManager does not, so this jar sends them back itself.
	 */
	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(java.util.stream.Collectors.joining("; ")));
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String[] pair = header.split(";", 2)[0].split("=", 2);
				cookies.put(pair[0].trim(), pair.length > 1 ? pair[1] : "");
			}
			return response;
		}

	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return parameters;
	}

}
