package org.zonehub.enterprise;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseRegistryTest.NINGBO;
import static org.zonehub.enterprise.EnterpriseRegistryTest.form;

/**
 * Every registry endpoint against every other kind of caller: another zone's admin sees nothing (404), an
 * enterprise user sees only its own enterprise and changes only its contact, ministry only reads.
 */
@IntegrationTest
class EnterpriseIsolationTest {

	/** The demo enterprise user ningbo-enterprise is bound to enterprise 1 of ningbo. */
	private static final long OWN = 1;

	private final Api api = new Api(IntegrationTest.PORT);

	private final String hangzhouAdmin = Tokens.of("hangzhou-admin");

	private final String ningboUser = Tokens.of("ningbo-enterprise");

	private final String ministry = Tokens.of("ministry");

	private long anotherNingboEnterprise() {
		return api.post(NINGBO, Tokens.of("ningbo-admin"), form(CreditCodes.random(), "宁波隔离测试有限公司", null))
			.body()
			.get("id")
			.asLong();
	}

	@Test
	void anotherZonesAdminCanNeitherSeeNorChangeAnything() {
		long id = anotherNingboEnterprise();
		String path = NINGBO + "/" + id;

		assertThat(api.get(NINGBO, hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.get(path, hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.post(NINGBO, hangzhouAdmin, form(CreditCodes.random(), "越权有限公司", null)).status())
			.isEqualTo(404);
		assertThat(api.put(path, hangzhouAdmin, form(CreditCodes.random(), "越权有限公司", 0)).status()).isEqualTo(404);
		assertThat(api.put(path + "/contact", hangzhouAdmin, "{\"contactName\":\"x\",\"version\":0}").status())
			.isEqualTo(404);
		for (String action : List.of("suspend", "reactivate", "deregister")) {
			assertThat(api.post(path + "/" + action, hangzhouAdmin, "{\"version\":0}").status()).as(action)
				.isEqualTo(404);
		}
		assertThat(api.get(path + "/users", hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.post(path + "/users", hangzhouAdmin,
				"{\"email\":\"x@example.cn\",\"firstName\":\"x\",\"lastName\":\"y\"}").status())
			.isEqualTo(404);
		// the same id through the admin's own zone is not found either
		assertThat(api.get("/api/zones/hangzhou/enterprises/" + id, hangzhouAdmin).status()).isEqualTo(404);
		assertThat(api.get(path, Tokens.of("ningbo-admin")).field("status")).isEqualTo("ACTIVE");
	}

	@Test
	void enterpriseUserSeesOnlyItsOwnEnterprise() {
		long other = anotherNingboEnterprise();

		Answer list = api.get(NINGBO + "?size=100", ningboUser);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().get("items").valueStream().map(e -> e.get("id").asLong())).containsExactly(OWN);
		assertThat(api.get(NINGBO + "/" + OWN, ningboUser).status()).isEqualTo(200);
		assertThat(api.get(NINGBO + "/" + other, ningboUser).status()).isEqualTo(404);
		assertThat(api.get(NINGBO + "/" + OWN + "/users", ningboUser).status()).isEqualTo(403);
		assertThat(api.get("/api/zones/hangzhou/enterprises/2", ningboUser).status()).isEqualTo(404);
	}

	@Test
	void enterpriseUserChangesItsContactAndNothingElse() {
		int version = api.get(NINGBO + "/" + OWN, ningboUser).body().get("version").asInt();
		String path = NINGBO + "/" + OWN;

		Answer contact = api.put(path + "/contact", ningboUser,
				"{\"contactName\":\"陈海宁\",\"contactPhone\":\"0574-88888888\",\"contactEmail\":\"chen@example.cn\",\"version\":%d}"
					.formatted(version));
		int now = contact.body().get("version").asInt();

		assertThat(contact.status()).isEqualTo(200);
		assertThat(contact.field("contactName")).isEqualTo("陈海宁");
		assertThat(api.put(path, ningboUser, form(CreditCodes.random(), "自改名有限公司", now)).status()).isEqualTo(403);
		assertThat(api.post(NINGBO, ningboUser, form(CreditCodes.random(), "自建有限公司", null)).status())
			.isEqualTo(403);
		assertThat(api.post(path + "/suspend", ningboUser, "{\"version\":%d}".formatted(now)).status())
			.isEqualTo(403);
		assertThat(api.post(path + "/users", ningboUser,
				"{\"email\":\"x@example.cn\",\"firstName\":\"x\",\"lastName\":\"y\"}").status())
			.isEqualTo(403);
		long other = anotherNingboEnterprise();
		assertThat(api.put(NINGBO + "/" + other + "/contact", ningboUser, "{\"contactName\":\"x\",\"version\":0}")
			.status()).isEqualTo(404);
	}

	@Test
	void ministryReadsAnyRegistryButChangesNothing() {
		long id = anotherNingboEnterprise();
		String path = NINGBO + "/" + id;

		assertThat(api.get(NINGBO, ministry).status()).isEqualTo(200);
		assertThat(api.get(path, ministry).status()).isEqualTo(200);
		assertThat(api.get(path + "/users", ministry).status()).isEqualTo(200);
		assertThat(api.post(NINGBO, ministry, form(CreditCodes.random(), "部委新建有限公司", null)).status())
			.isEqualTo(403);
		assertThat(api.put(path, ministry, form(CreditCodes.random(), "部委修改有限公司", 0)).status()).isEqualTo(403);
		assertThat(api.put(path + "/contact", ministry, "{\"contactName\":\"x\",\"version\":0}").status())
			.isEqualTo(403);
		assertThat(api.post(path + "/suspend", ministry, "{\"version\":0}").status()).isEqualTo(403);
		assertThat(api.post(path + "/users", ministry,
				"{\"email\":\"x@example.cn\",\"firstName\":\"x\",\"lastName\":\"y\"}").status())
			.isEqualTo(403);
		assertThat(api.get(path, Tokens.of("ningbo-admin")).body().get("version").asInt()).isZero();
	}

}
