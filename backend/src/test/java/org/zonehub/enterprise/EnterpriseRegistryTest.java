package org.zonehub.enterprise;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The zone admin's registry over HTTP with real tokens and the real database. */
@IntegrationTest
class EnterpriseRegistryTest {

	static final String NINGBO = "/api/zones/ningbo/enterprises";

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = Tokens.of("ningbo-admin");

	@Test
	void zoneAdminCreatesReadsAndEditsAnEnterprise() {
		String code = CreditCodes.random();

		Answer created = api.post(NINGBO, admin, form(code, "宁波测试家电有限公司", null));
		long id = created.body().get("id").asLong();
		Answer read = api.get(NINGBO + "/" + id, admin);
		Answer edited = api.put(NINGBO + "/" + id, admin, form(code, "宁波测试家电股份有限公司", 0));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.field("status")).isEqualTo("ACTIVE");
		assertThat(created.field("createdBy")).isEqualTo("ningbo-admin");
		assertThat(read.field("creditCode")).isEqualTo(code);
		assertThat(read.body().get("customsModes").valueStream().map(m -> m.asString())).containsExactly("9610",
				"9810");
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.field("nameZh")).isEqualTo("宁波测试家电股份有限公司");
		assertThat(edited.body().get("version").asInt()).isEqualTo(1);
	}

	@Test
	void twoEditsFromTheSameVersionMakeOneConflict() {
		String code = CreditCodes.random();
		long id = api.post(NINGBO, admin, form(code, "宁波并发编辑有限公司", null)).body().get("id").asLong();

		Answer first = api.put(NINGBO + "/" + id, admin, form(code, "第一次编辑有限公司", 0));
		Answer second = api.put(NINGBO + "/" + id, admin, form(code, "第二次编辑有限公司", 0));

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(409);
		assertThat(api.get(NINGBO + "/" + id, admin).field("nameZh")).isEqualTo("第一次编辑有限公司");
	}

	@Test
	void badFieldsAreNamedAndNothingIsStored() {
		String code = CreditCodes.random();
		String bad = """
				{"creditCode":"%s","nameZh":"","kinds":[],"customsCode":"12345","customsModes":["9999"],
				 "contactEmail":"nope","exportValueCny":-1}""".formatted(code);

		Answer answer = api.post(NINGBO, admin, bad);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorFields()).isNotEmpty().contains("customsModes[0]");
		Answer fieldsOnly = api.post(NINGBO, admin, bad.replace("[\"9999\"]", "[]"));
		assertThat(fieldsOnly.errorFields()).containsExactlyInAnyOrder("nameZh", "kinds", "customsCode",
				"contactEmail", "exportValueCny");
		assertThat(api.get(NINGBO + "?creditCode=" + code, admin).body().get("total").asLong()).isZero();
	}

	@Test
	void aCodeFailingTheCheckNeedsARecordedReason() {
		String wrongCheck = CreditCodes.withWrongCheck(CreditCodes.random());

		Answer refused = api.post(NINGBO, admin, form(wrongCheck, "宁波早期赋码有限公司", null));
		Answer accepted = api.post(NINGBO, admin, form(wrongCheck, "宁波早期赋码有限公司", null)
			.replace("\"creditCodeOverrideReason\":null", "\"creditCodeOverrideReason\":\"2015年前赋码，经市场监管局核实\""));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("creditCode");
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.field("creditCodeOverrideReason")).isEqualTo("2015年前赋码，经市场监管局核实");
	}

	@Test
	void aCreditCodeIsUniqueWithinTheZoneButNotAcrossZones() {
		String code = CreditCodes.random();
		api.post(NINGBO, admin, form(code, "宁波唯一性有限公司", null));

		Answer again = api.post(NINGBO, admin, form(code, "宁波重复有限公司", null));
		Answer otherZone = api.post("/api/zones/hangzhou/enterprises", Tokens.of("hangzhou-admin"),
				form(code, "杭州同码有限公司", null));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorFields()).containsExactly("creditCode");
		assertThat(otherZone.status()).isEqualTo(201);
	}

	@Test
	void listSearchesFiltersSortsAndPages() {
		Answer seller9810 = api.get(NINGBO + "?kind=SELLER&customsMode=9810&status=ACTIVE&size=5&sort=nameZh,asc",
				admin);
		Answer byName = api.get(NINGBO + "?name=%E5%AE%B6%E7%94%B5&size=50", admin); // 家电
		Answer byPrefix = api.get(NINGBO + "?creditCode=91330200&size=1", admin);
		Answer badSort = api.get(NINGBO + "?sort=contact_phone", admin);
		Answer badMode = api.get(NINGBO + "?customsMode=1234", admin);

		assertThat(seller9810.status()).isEqualTo(200);
		assertThat(seller9810.body().get("items").size()).isEqualTo(5);
		assertThat(seller9810.body().get("items").valueStream())
			.allSatisfy(e -> assertThat(e.get("customsModes").toString()).contains("9810"));
		assertThat(byName.body().get("items").valueStream()).isNotEmpty()
			.allSatisfy(e -> assertThat(e.get("nameZh").asString()).contains("家电"));
		assertThat(byPrefix.body().get("total").asLong()).isGreaterThanOrEqualTo(DemoEnterprises.PER_ZONE);
		assertThat(badSort.errorFields()).containsExactly("sort");
		assertThat(badMode.errorFields()).containsExactly("customsMode");
	}

	@Test
	void lifecycleSuspendReactivateDeregister() {
		long id = api.post(NINGBO, admin, form(CreditCodes.random(), "宁波生命周期有限公司", null)).body().get("id").asLong();
		String path = NINGBO + "/" + id;

		Answer suspended = api.post(path + "/suspend", admin, "{\"version\":0}");
		Answer reactivated = api.post(path + "/reactivate", admin, "{\"version\":1}");
		Answer deregistered = api.post(path + "/deregister", admin, "{\"version\":2}");
		Answer revived = api.post(path + "/reactivate", admin, "{\"version\":3}");
		Answer editAfter = api.put(path, admin, form(CreditCodes.random(), "x", 3));

		assertThat(suspended.field("status")).isEqualTo("SUSPENDED");
		assertThat(reactivated.field("status")).isEqualTo("ACTIVE");
		assertThat(deregistered.field("status")).isEqualTo("DEREGISTERED");
		assertThat(revived.status()).isEqualTo(409);
		assertThat(editAfter.status()).isEqualTo(409);
	}

	@Test
	void everyChangeIsInTheZonesAuditTrail() {
		long id = api.post(NINGBO, admin, form(CreditCodes.random(), "宁波审计有限公司", null)).body().get("id").asLong();
		api.put(NINGBO + "/" + id, admin, form(api.get(NINGBO + "/" + id, admin).field("creditCode"), "宁波审计二有限公司", 0));

		Answer trail = api.get("/api/zones/ningbo/audit?entityType=enterprise&entityId=" + id, admin);

		assertThat(trail.status()).isEqualTo(200);
		assertThat(trail.body().get("items").valueStream().map(e -> e.get("action").asString()))
			.containsExactly("updated", "created");
		var update = trail.body().get("items").get(0);
		assertThat(update.get("actor").asString()).isEqualTo("ningbo-admin");
		assertThat(update.get("before").get("nameZh").asString()).isEqualTo("宁波审计有限公司");
		assertThat(update.get("after").get("nameZh").asString()).isEqualTo("宁波审计二有限公司");
		assertThat(update.get("requestId").asString()).isNotBlank();
		assertThat(api.get("/api/zones/ningbo/audit?entityId=" + id, Tokens.of("ministry")).status()).isEqualTo(200);
		assertThat(api.get("/api/zones/ningbo/audit", Tokens.of("hangzhou-admin")).status()).isEqualTo(404);
		assertThat(api.get("/api/zones/ningbo/audit", Tokens.of("ningbo-enterprise")).status()).isEqualTo(403);
	}

	static String form(String creditCode, String nameZh, Integer version) {
		return """
				{"creditCode":"%s","creditCodeOverrideReason":null,"nameZh":"%s","nameEn":"Test Co., Ltd.",
				 "kinds":["SELLER","LOGISTICS"],"customsCode":"3302960001","customsModes":["9810","9610"],
				 "district":"北仑区","address":"宁波市北仑区测试路1号","contactName":"王伟","contactPhone":"13800000000",
				 "contactEmail":"wang@example.cn","exportValueCny":12345678.50,"importValueCny":0,"version":%s}"""
			.formatted(creditCode, nameZh, version);
	}

}
