package org.zonehub.platform.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Only valid tokens of this realm, meant for this backend, get in; everything else is a 401 problem. */
@IntegrationTest
class TokenValidationTest {

	private final Api api = new Api(IntegrationTest.PORT);

	@Test
	void noTokenIsUnauthorizedWithProblemDetails() {
		Answer answer = api.get("/api/me", null);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.field("status")).isEqualTo("401");
	}

	@Test
	void garbageTokenIsUnauthorized() {
		assertThat(api.get("/api/me", "not.a.jwt").status()).isEqualTo(401);
	}

	@Test
	void tokenSignedByAnotherKeyIsUnauthorized() throws JOSEException {
		RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(KeycloakTestServer.URL + "/realms/zonehub")
			.audience("zonehub-backend")
			.subject(UUID.randomUUID().toString())
			.claim("preferred_username", "ministry")
			.claim("realm_access", Map.of("roles", List.of("ministry")))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreignKey.getKeyID()).build(),
				claims);
		forged.sign(new RSASSASigner(foreignKey));

		assertThat(api.get("/api/national/zones", forged.serialize()).status()).isEqualTo(401);
	}

	@Test
	void tokenFromAnotherIssuerIsUnauthorized() {
		// A real token of the same Keycloak, but of its master realm.
		String masterToken = Tokens.fresh("admin-cli", "admin", "admin", "master");

		assertThat(api.get("/api/me", masterToken).status()).isEqualTo(401);
	}

	@Test
	void expiredTokenIsUnauthorized() throws InterruptedException {
		String shortLived = Tokens.fresh(KeycloakTestServer.SHORT_LIVED_CLIENT, "ministry", Tokens.DEMO_PASSWORD,
				KeycloakTestServer.REALM);
		assertThat(api.get("/api/me", shortLived).status()).as("before expiry").isEqualTo(200);

		Thread.sleep(6_000);

		assertThat(api.get("/api/me", shortLived).status()).as("after expiry").isEqualTo(401);
	}

	@Test
	void meDescribesEachDemoUserFromTheirToken() {
		Answer ministry = api.get("/api/me", Tokens.of("ministry"));
		Answer zoneAdmin = api.get("/api/me", Tokens.of("ningbo-admin"));
		Answer enterprise = api.get("/api/me", Tokens.of("hangzhou-enterprise"));

		assertThat(ministry.status()).isEqualTo(200);
		assertThat(ministry.body().get("roles").valueStream().map(r -> r.asString())).containsExactly("ministry");
		assertThat(ministry.field("zone")).isNull();
		assertThat(zoneAdmin.field("username")).isEqualTo("ningbo-admin");
		assertThat(zoneAdmin.field("zone")).isEqualTo("ningbo");
		assertThat(zoneAdmin.field("displayName")).isNotBlank();
		assertThat(enterprise.field("zone")).isEqualTo("hangzhou");
		assertThat(enterprise.field("enterpriseId")).isEqualTo("2");
		assertThat(enterprise.body().get("roles").valueStream().map(r -> r.asString())).containsExactly("enterprise");
	}

	@Test
	void zoneUsersAreForbiddenFromTheNationalApi() {
		for (String user : List.of("ningbo-admin", "ningbo-enterprise")) {
			String token = Tokens.of(user);
			assertThat(api.get("/api/national/zones", token).status()).as(user).isEqualTo(403);
			assertThat(api.post("/api/national/zones", token, "{}").status()).as(user).isEqualTo(403);
			assertThat(api.patch("/api/national/zones/ningbo", token, "{\"version\":0}").status()).as(user)
				.isEqualTo(403);
		}
	}

}
