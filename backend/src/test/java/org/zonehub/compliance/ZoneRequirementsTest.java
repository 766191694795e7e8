package org.zonehub.compliance;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.compliance.BaselineCatalogueTest.requirement;

/** A zone's own requirements join its catalogue and stay inside the zone. */
@IntegrationTest
class ZoneRequirementsTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String ningboAdmin = Tokens.of("ningbo-admin");

	@Test
	void zoneAdminAddsARequirementThatJoinsOnlyItsZonesCatalogue() {
		String code = "NB-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

		Answer added = api.post("/api/zones/ningbo/requirements/" + code, ningboAdmin, requirement("宁波小家电出口备案", 5));
		Answer again = api.post("/api/zones/ningbo/requirements/" + code, ningboAdmin, requirement("重复", 5));
		Answer baselineCode = api.post("/api/zones/ningbo/requirements/CUS-01", ningboAdmin, requirement("冒用", 5));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.field("source")).isEqualTo("ZONE");
		assertThat(again.status()).isEqualTo(409);
		assertThat(baselineCode.errorFields()).containsExactly("code");
		assertThat(codes("ningbo", ningboAdmin)).contains(code, "CUS-01");
		assertThat(codes("hangzhou", Tokens.of("hangzhou-admin"))).doesNotContain(code).contains("CUS-01");

		Answer retired = api.put("/api/zones/ningbo/requirements/" + code, ningboAdmin,
				requirement("宁波小家电出口备案", 5).replace("\"appliesToModes\":[]", "\"appliesToModes\":[],\"active\":false,\"version\":0"));
		Answer stale = api.put("/api/zones/ningbo/requirements/" + code, ningboAdmin,
				requirement("过期编辑", 5).replace("\"appliesToModes\":[]", "\"appliesToModes\":[],\"version\":0"));

		assertThat(retired.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(codes("ningbo", ningboAdmin)).doesNotContain(code);
	}

	@Test
	void otherZonesEnterprisesAndMinistryCannotChangeAZonesRequirements() {
		String body = requirement("越权", 5);

		assertThat(api.get("/api/zones/ningbo/requirements", Tokens.of("hangzhou-admin")).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/ningbo/catalogue", Tokens.of("hangzhou-enterprise")).status()).isEqualTo(404);
		assertThat(api.post("/api/zones/ningbo/requirements/NB-X1", Tokens.of("hangzhou-admin"), body).status())
			.isEqualTo(404);
		assertThat(api.post("/api/zones/ningbo/requirements/NB-X1", Tokens.of("ningbo-enterprise"), body).status())
			.isEqualTo(403);
		assertThat(api.post("/api/zones/ningbo/requirements/NB-X1", Tokens.of("ministry"), body).status())
			.isEqualTo(403);
		assertThat(api.get("/api/zones/ningbo/catalogue", Tokens.of("ministry")).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/ningbo/catalogue", Tokens.of("ningbo-enterprise")).status()).isEqualTo(200);
	}

	private java.util.List<String> codes(String zone, String token) {
		return api.get("/api/zones/" + zone + "/catalogue", token)
			.body()
			.get("requirements")
			.valueStream()
			.map(r -> r.get("code").asString())
			.toList();
	}

}
