package org.zonehub.compliance;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The ministry's national baseline: seeded, edited as a draft, published, never changed once published. */
@IntegrationTest
class BaselineCatalogueTest {

	private static final String BASELINES = "/api/national/baselines";

	private final Api api = new Api(IntegrationTest.PORT);

	private final String ministry = Tokens.of("ministry");

	@Test
	void theSeededBaselineCoversAllEightAreasWithAtLeastThirtyRequirements() {
		Answer requirements = api.get(BASELINES + "/1/requirements", ministry);

		assertThat(requirements.status()).isEqualTo(200);
		assertThat(requirements.body().size()).isGreaterThanOrEqualTo(30);
		Set<String> areas = requirements.body()
			.valueStream()
			.map(r -> r.get("area").asString())
			.collect(Collectors.toSet());
		assertThat(areas).hasSize(ComplianceArea.values().length);
		JsonNode dataExport = requirements.body()
			.valueStream()
			.filter(r -> r.get("code").asString().equals("CUS-03"))
			.findFirst()
			.orElseThrow();
		assertThat(dataExport.get("appliesToModes").valueStream().map(JsonNode::asString)).containsExactly("9810");
		assertThat(dataExport.get("evidenceRequired").asBoolean()).isTrue();
	}

	@Test
	void aDraftIsEditedThenPublishedAndThePreviousVersionIsSuperseded() {
		Answer draft = api.post(BASELINES, ministry, "{\"title\":\"合规基线修订稿\"}");
		int versionNo = draft.body().get("versionNo").asInt();
		String path = BASELINES + "/" + versionNo;
		int previous = versionNo - 1;

		Answer secondDraft = api.post(BASELINES, ministry, "{\"title\":\"另一个草稿\"}");
		Answer added = api.put(path + "/requirements/ESG-01", ministry, requirement("ESG 披露", 3));
		Answer removed = api.delete(path + "/requirements/FX-03", ministry);
		Answer badCode = api.put(path + "/requirements/esg_01", ministry, requirement("x", 3));
		Answer badForm = api.put(path + "/requirements/ESG-02", ministry, "{\"area\":\"WEATHER\",\"weight\":0}");
		int lockVersion = api.get(path, ministry).body().get("version").asInt();
		Answer published = api.post(path + "/publish", ministry, "{\"version\":%d}".formatted(lockVersion));

		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.field("status")).isEqualTo("DRAFT");
		assertThat(draft.body().get("requirementCount").asInt()).as("copied from the version in force")
			.isEqualTo(api.get(BASELINES + "/" + previous, ministry).body().get("requirementCount").asInt());
		assertThat(secondDraft.status()).isEqualTo(409);
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.field("titleZh")).isEqualTo("ESG 披露");
		assertThat(removed.status()).isEqualTo(204);
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(badCode.errorFields()).containsExactly("code");
		assertThat(badForm.status()).isEqualTo(400);
		assertThat(published.field("status")).isEqualTo("PUBLISHED");
		assertThat(api.get(BASELINES + "/" + previous, ministry).field("status")).isEqualTo("SUPERSEDED");
		assertThat(api.get("/api/zones/ningbo/catalogue", Tokens.of("ningbo-admin")).body().get("baseline")
			.get("versionNo").asInt()).isEqualTo(versionNo);

		assertThat(api.put(path + "/requirements/ESG-01", ministry, requirement("改已发布", 3)).status())
			.as("a published version never changes").isEqualTo(409);
		assertThat(api.delete(path + "/requirements/ESG-01", ministry).status()).isEqualTo(409);
		assertThat(api.put(BASELINES + "/" + previous + "/requirements/CUS-01", ministry, requirement("改历史", 3))
			.status()).isEqualTo(409);
	}

	@Test
	void onlyMinistryReachesTheBaseline() {
		for (String user : new String[] { "ningbo-admin", "ningbo-enterprise" }) {
			assertThat(api.get(BASELINES, Tokens.of(user)).status()).as(user).isEqualTo(403);
			assertThat(api.post(BASELINES, Tokens.of(user), "{\"title\":\"x\"}").status()).as(user).isEqualTo(403);
		}
	}

	static String requirement(String titleZh, int weight) {
		return """
				{"area":"PLATFORM_AML","titleZh":"%s","titleEn":"Discloses ESG information","guidanceZh":"上传报告。",
				 "guidanceEn":"Upload the report.","weight":%d,"evidenceRequired":true,"appliesToKinds":["PLATFORM"],
				 "appliesToModes":[]}""".formatted(titleZh, weight);
	}

}
