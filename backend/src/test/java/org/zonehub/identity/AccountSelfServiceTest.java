package org.zonehub.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zone and enterprise bindings are the root of tenancy, so users must not be able to move themselves: the
 * realm's user profile makes {@code zone} and {@code enterprise_id} admin-only. Checked against Keycloak's own
 * account REST API, which the account console uses.
 */
class AccountSelfServiceTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aZoneAdminCannotMoveThemselfToAnotherZone() throws Exception {
		int status = updateOwnAccount("ningbo-admin", """
				{"username":"ningbo-admin","email":"ningbo-admin@demo.zonehub.local","firstName":"海宁","lastName":"陈",
				 "attributes":{"zone":["hangzhou"]}}""");

		assertThat(status).isEqualTo(400);
		assertThat(attributesOf("ningbo-admin").getAttributes()).containsEntry("zone", List.of("ningbo"));
	}

	@Test
	void anEnterpriseUserCannotRebindItsEnterpriseOrZone() throws Exception {
		int status = updateOwnAccount("ningbo-enterprise", """
				{"username":"ningbo-enterprise","email":"ningbo-enterprise@demo.zonehub.local",
				 "attributes":{"zone":["hangzhou"],"enterprise_id":["2"]}}""");

		assertThat(status).isEqualTo(400);
		UserRepresentation user = attributesOf("ningbo-enterprise");
		assertThat(user.getAttributes()).containsEntry("zone", List.of("ningbo"))
			.containsEntry("enterprise_id", List.of("1"));
	}

	private int updateOwnAccount(String username, String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(KeycloakTestServer.URL + "/realms/" + KeycloakTestServer.REALM + "/account/"))
			.header("Authorization", "Bearer " + Tokens.of(username))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private static UserRepresentation attributesOf(String username) {
		return KeycloakTestServer.realm().users().search(username, true).get(0);
	}

}
