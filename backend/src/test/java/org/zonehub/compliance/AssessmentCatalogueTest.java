package org.zonehub.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.EnterpriseUsers;
import org.zonehub.testing.EnterpriseUsers.EnterpriseUser;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * An assessment answers the catalogue in force when it starts (baseline plus the zone's own requirements, filtered
 * to the enterprise's kinds and customs modes) and keeps that version when a new baseline is published.
 */
@IntegrationTest
class AssessmentCatalogueTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final AssessmentSteps steps = new AssessmentSteps(api);

	private final String ningboAdmin = Tokens.of("ningbo-admin");

	private final String ministry = Tokens.of("ministry");

	@Test
	void aDraftKeepsItsCatalogueVersionWhenANewOneIsPublished() {
		api.post("/api/zones/ningbo/requirements/NBV-01", ningboAdmin, """
				{"area":"PRODUCT_QUALITY","titleZh":"出口小家电须通过目标市场能效认证","titleEn":"Exported small appliances hold the target market's energy certification",
				 "guidanceZh":"上传认证证书。","guidanceEn":"Upload the certificate.","weight":6,"evidenceRequired":true,
				 "appliesToKinds":["SELLER"],"appliesToModes":[]}""");
		EnterpriseUser early = EnterpriseUsers.create(api, "ningbo", "宁波版本测试甲有限公司");
		JsonNode draft = steps.start(early);
		int startedOn = draft.get("baselineVersionNo").asInt();
		List<String> codes = AssessmentSteps.codes(draft);

		assertThat(codes).as("the zone's own requirement applies to sellers").contains("NBV-01");
		assertThat(codes).containsExactlyInAnyOrderElementsOf(expectedCodes(early));
		// the last baseline code: other tests lean on the first ones (CUS-01, CUS-03) staying in the baseline
		String dropped = draft.get("items").valueStream()
			.filter(item -> item.get("source").asString().equals("BASELINE"))
			.map(item -> item.get("code").asString())
			.reduce((first, second) -> second)
			.orElseThrow();

		int next = api.post("/api/national/baselines", ministry, "{\"title\":\"基线修订（测试）\"}").body()
			.get("versionNo").asInt();
		String draftBaseline = "/api/national/baselines/" + next;
		assertThat(api.delete(draftBaseline + "/requirements/" + dropped, ministry).status()).isEqualTo(204);
		assertThat(api.put(draftBaseline + "/requirements/NEW-01", ministry, """
				{"area":"INTELLECTUAL_PROPERTY","titleZh":"上架前完成商标侵权筛查","titleEn":"Screens listings for trademark infringement",
				 "guidanceZh":"上传筛查记录。","guidanceEn":"Upload the screening log.","weight":5,
				 "evidenceRequired":false,"appliesToKinds":[],"appliesToModes":[]}""").status()).isEqualTo(200);
		int lock = api.get(draftBaseline, ministry).body().get("version").asInt();
		assertThat(api.post(draftBaseline + "/publish", ministry, "{\"version\":%d}".formatted(lock)).status())
			.isEqualTo(200);

		JsonNode after = api.get("/api/zones/ningbo/assessments/" + draft.get("id").asLong(), early.token()).body();
		assertThat(after.get("baselineVersionNo").asInt()).isEqualTo(startedOn);
		assertThat(AssessmentSteps.codes(after)).containsExactlyElementsOf(codes);
		assertThat(after.get("items")).isEqualTo(draft.get("items"));

		EnterpriseUser late = EnterpriseUsers.create(api, "ningbo", "宁波版本测试乙有限公司");
		JsonNode fresh = steps.start(late);
		assertThat(fresh.get("baselineVersionNo").asInt()).isEqualTo(next);
		assertThat(AssessmentSteps.codes(fresh)).contains("NEW-01").doesNotContain(dropped);
	}

	/** The catalogue in force filtered as the issue says: empty lists apply to everyone, else any overlap. */
	private List<String> expectedCodes(EnterpriseUser user) {
		JsonNode enterprise = api.get("/api/zones/ningbo/enterprises/" + user.enterpriseId(), ningboAdmin).body();
		Set<String> kinds = strings(enterprise.get("kinds"));
		Set<String> modes = strings(enterprise.get("customsModes"));
		List<String> expected = new ArrayList<>();
		for (JsonNode requirement : api.get("/api/zones/ningbo/catalogue", ningboAdmin).body().get("requirements")) {
			Set<String> toKinds = strings(requirement.get("appliesToKinds"));
			Set<String> toModes = strings(requirement.get("appliesToModes"));
			if ((toKinds.isEmpty() || toKinds.stream().anyMatch(kinds::contains))
					&& (toModes.isEmpty() || toModes.stream().anyMatch(modes::contains))) {
				expected.add(requirement.get("code").asString());
			}
		}
		assertThat(expected.size()).as("the filter leaves some out").isLessThan(
				api.get("/api/zones/ningbo/catalogue", ningboAdmin).body().get("requirements").size());
		return expected;
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new java.util.HashSet<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

}
