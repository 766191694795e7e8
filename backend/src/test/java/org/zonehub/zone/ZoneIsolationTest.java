package org.zonehub.zone;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** A zone's page answers its own users and ministry; to everyone else every zone looks absent (404). */
@IntegrationTest
class ZoneIsolationTest {

	private final Api api = new Api(IntegrationTest.PORT);

	@Test
	void zoneAdminSeesOwnZoneOnly() {
		String ningboAdmin = Tokens.of("ningbo-admin");

		assertThat(api.get("/api/zones/ningbo", ningboAdmin).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/ningbo", ningboAdmin).field("nameZh")).contains("宁波");
		assertThat(api.get("/api/zones/hangzhou", ningboAdmin).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/no-such-zone", ningboAdmin).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/ningbo", Tokens.of("hangzhou-admin")).status()).isEqualTo(404);
	}

	@Test
	void enterpriseUserSeesOwnZoneOnly() {
		assertThat(api.get("/api/zones/ningbo", Tokens.of("ningbo-enterprise")).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/hangzhou", Tokens.of("ningbo-enterprise")).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/ningbo", Tokens.of("hangzhou-enterprise")).status()).isEqualTo(404);
	}

	@Test
	void ministryReadsAnyZone() {
		String ministry = Tokens.of("ministry");

		assertThat(api.get("/api/zones/ningbo", ministry).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/hangzhou", ministry).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/no-such-zone", ministry).status()).isEqualTo(404);
	}

	@Test
	void aForeignZoneAndAMissingZoneAnswerAlike() {
		String ningboAdmin = Tokens.of("ningbo-admin");

		var foreign = api.get("/api/zones/hangzhou", ningboAdmin);
		var missing = api.get("/api/zones/no-such-zone", ningboAdmin);

		assertThat(foreign.status()).isEqualTo(missing.status());
		assertThat(foreign.field("detail")).isEqualTo(missing.field("detail"));
		assertThat(foreign.field("title")).isEqualTo(missing.field("title"));
	}

}
