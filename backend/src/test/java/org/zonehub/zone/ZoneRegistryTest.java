package org.zonehub.zone;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.BrowserlessSignIn;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The ministry's zone registry over HTTP, with real tokens, the real database and the real Keycloak. */
@IntegrationTest
class ZoneRegistryTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String ministry = Tokens.of("ministry");

	@Test
	void listsZonesPageByPageSortedAndFiltered() {
		Answer firstPage = api.get("/api/national/zones?page=0&size=5&sort=code,asc", ministry);
		Answer zhejiang = api.get("/api/national/zones?size=100&province=%E6%B5%99%E6%B1%9F%E7%9C%81", ministry);
		Answer revoked = api.get("/api/national/zones?status=REVOKED&size=100", ministry);
		Answer byBatchDesc = api.get("/api/national/zones?sort=batch,desc&size=1", ministry);

		assertThat(firstPage.status()).isEqualTo(200);
		assertThat(firstPage.body().get("items").size()).isEqualTo(5);
		assertThat(firstPage.body().get("total").asLong()).isGreaterThanOrEqualTo(35);
		assertThat(codes(firstPage)).isSorted();
		assertThat(codes(zhejiang)).contains("hangzhou", "ningbo", "yiwu");
		assertThat(zhejiang.body().get("items").valueStream().map(z -> z.get("province").asString()))
			.containsOnly("浙江省");
		assertThat(codes(revoked)).contains("haikou").doesNotContain("ningbo");
		assertThat(byBatchDesc.body().get("items").get(0).get("batch").asInt()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void rejectsUnknownSortKeysAndStatusesNamingTheParameter() {
		Answer badSort = api.get("/api/national/zones?sort=password,asc", ministry);
		Answer badStatus = api.get("/api/national/zones?status=SLEEPING", ministry);

		assertThat(badSort.status()).isEqualTo(400);
		assertThat(badSort.errorFields()).containsExactly("sort");
		assertThat(badStatus.status()).isEqualTo(400);
	}

	@Test
	void ministryRegistersAZone() {
		String code = uniqueCode();

		Answer created = api.post("/api/national/zones", ministry, zoneJson(code, null));

		assertThat(created.status()).isEqualTo(201);
		JsonNode zone = created.body().get("zone");
		assertThat(zone.get("code").asString()).isEqualTo(code);
		assertThat(zone.get("status").asString()).isEqualTo("APPROVED");
		assertThat(zone.get("version").asInt()).isZero();
		assertThat(created.body().get("firstAdmin").isNull()).isTrue();
		assertThat(api.get("/api/national/zones/" + code, ministry).field("nameZh")).isEqualTo("中国（测试）跨境电子商务综合试验区");
	}

	@Test
	void badRequestNamesEveryBadFieldAndStoresNothing() {
		String code = uniqueCode();
		String bad = """
				{"code":"%s","nameZh":"","nameEn":"x","province":"Zhejiang","batch":0,"approvedOn":"2999-01-01",
				 "firstAdmin":{"email":"nope","firstName":"","lastName":"王"}}""".formatted(code);

		Answer answer = api.post("/api/national/zones", ministry, bad);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.errorFields()).containsExactlyInAnyOrder("nameZh", "province", "batch", "approvedOn",
				"firstAdmin.email", "firstAdmin.firstName");
		assertThat(api.get("/api/national/zones/" + code, ministry).status()).isEqualTo(404);
	}

	@Test
	void malformedDateIsNamedAsTheBadField() {
		Answer answer = api.post("/api/national/zones", ministry,
				zoneJson(uniqueCode(), null).replace("2016-01-06", "6 Jan 2016"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorFields()).containsExactly("approvedOn");
	}

	@Test
	void aTakenCodeIsAConflict() {
		Answer answer = api.post("/api/national/zones", ministry, zoneJson("ningbo", null));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.errorFields()).containsExactly("code");
	}

	@Test
	void firstAdministratorIsCreatedInKeycloakAndCanSignInToTheirZoneOnly() {
		String code = uniqueCode();
		String email = code + "-admin@example.cn";

		Answer created = api.post("/api/national/zones", ministry, zoneJson(code, email));

		assertThat(created.status()).isEqualTo(201);
		JsonNode admin = created.body().get("firstAdmin");
		assertThat(admin.get("username").asString()).isEqualTo(email);
		String temporaryPassword = admin.get("temporaryPassword").asString();
		assertThat(temporaryPassword).hasSizeGreaterThanOrEqualTo(12);

		UserRepresentation user = KeycloakTestServer.realm().users().search(email, true).get(0);
		assertThat(user.getAttributes()).containsEntry("zone", List.of(code));
		assertThat(user.getRequiredActions()).contains("UPDATE_PASSWORD");
		assertThat(KeycloakTestServer.realm().users().get(user.getId()).roles().realmLevel().listEffective())
			.extracting(RoleRepresentation::getName)
			.contains("zone-admin");

		String token = BrowserlessSignIn.signInChangingPassword(email, temporaryPassword, "N3w-password-" + code);
		assertThat(Tokens.claims(token).get("zone").asString()).isEqualTo(code);
		assertThat(api.get("/api/zones/" + code, token).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/ningbo", token).status()).isEqualTo(404);
	}

	@Test
	void whenKeycloakRefusesTheAdministratorNoZoneIsLeftBehind() {
		String code = uniqueCode();
		// The email of ningbo's demo administrator: Keycloak refuses a second account with it.
		Answer answer = api.post("/api/national/zones", ministry, zoneJson(code, "ningbo-admin@demo.zonehub.local"));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.errorFields()).containsExactly("firstAdmin.email");
		assertThat(api.get("/api/national/zones/" + code, ministry).status()).isEqualTo(404);
	}

	@Test
	void retryingAfterAnAccountWasAlreadyMadeReusesItInsteadOfMakingASecond() {
		String code = uniqueCode();
		String email = code + "-admin@example.cn";
		UserRepresentation earlierAttempt = new UserRepresentation();
		earlierAttempt.setUsername(email);
		earlierAttempt.setEmail(email);
		earlierAttempt.setEnabled(true);
		earlierAttempt.setAttributes(Map.of("zone", List.of(code)));
		try (Response response = KeycloakTestServer.realm().users().create(earlierAttempt)) {
			assertThat(response.getStatus()).isEqualTo(201);
		}

		Answer created = api.post("/api/national/zones", ministry, zoneJson(code, email));

		assertThat(created.status()).isEqualTo(201);
		assertThat(KeycloakTestServer.realm().users().search(email, true)).hasSize(1);
	}

	@Test
	void statusFollowsTheLifecycleWithOptimisticLocking() {
		String code = uniqueCode();
		api.post("/api/national/zones", ministry, zoneJson(code, null));
		String path = "/api/national/zones/" + code;

		Answer activated = api.patch(path, ministry, "{\"status\":\"ACTIVE\",\"version\":0}");
		Answer backwards = api.patch(path, ministry, "{\"status\":\"APPROVED\",\"version\":1}");
		Answer stale = api.patch(path, ministry, "{\"nameEn\":\"Stale edit\",\"version\":0}");
		Answer mergeWithoutTarget = api.patch(path, ministry, "{\"status\":\"MERGED\",\"version\":1}");
		Answer mergeIntoRevoked = api.patch(path, ministry,
				"{\"status\":\"MERGED\",\"mergedInto\":\"haikou\",\"version\":1}");
		Answer merged = api.patch(path, ministry, "{\"status\":\"MERGED\",\"mergedInto\":\"ningbo\",\"version\":1}");
		Answer revived = api.patch(path, ministry, "{\"status\":\"ACTIVE\",\"version\":2}");

		assertThat(activated.status()).isEqualTo(200);
		assertThat(activated.field("status")).isEqualTo("ACTIVE");
		assertThat(activated.body().get("version").asInt()).isEqualTo(1);
		assertThat(backwards.status()).isEqualTo(409);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(mergeWithoutTarget.status()).isEqualTo(400);
		assertThat(mergeWithoutTarget.errorFields()).containsExactly("mergedInto");
		assertThat(mergeIntoRevoked.errorFields()).containsExactly("mergedInto");
		assertThat(merged.status()).isEqualTo(200);
		assertThat(merged.field("mergedInto")).isEqualTo("ningbo");
		assertThat(revived.status()).isEqualTo(409);
		assertThat(api.get(path, ministry).field("nameEn")).isNotEqualTo("Stale edit");
	}

	@Test
	void changingAZoneThatDoesNotExistIsNotFound() {
		assertThat(api.patch("/api/national/zones/nowhere", ministry, "{\"version\":0}").status()).isEqualTo(404);
	}

	static String uniqueCode() {
		return "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toLowerCase(Locale.ROOT);
	}

	static String zoneJson(String code, String adminEmail) {
		String admin = adminEmail == null ? "null"
				: "{\"email\":\"%s\",\"firstName\":\"测试\",\"lastName\":\"管理员\"}".formatted(adminEmail);
		return """
				{"code":"%s","nameZh":"中国（测试）跨境电子商务综合试验区","nameEn":"China (Test) Cross-border E-commerce Comprehensive Pilot Zone",
				 "province":"浙江省","batch":8,"approvedOn":"2016-01-06","firstAdmin":%s}""".formatted(code, admin);
	}

	private static List<String> codes(Answer page) {
		return page.body().get("items").valueStream().map(zone -> zone.get("code").asString()).toList();
	}

}
