package org.zonehub.enterprise;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.zonehub.testing.Api;
import org.zonehub.testing.Api.Answer;
import org.zonehub.testing.BrowserlessSignIn;
import org.zonehub.testing.CreditCodes;
import org.zonehub.testing.IntegrationTest;
import org.zonehub.testing.KeycloakTestServer;
import org.zonehub.testing.Tokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zonehub.enterprise.EnterpriseRegistryTest.NINGBO;
import static org.zonehub.enterprise.EnterpriseRegistryTest.form;

/** Enterprise accounts are real Keycloak users, bound to zone and enterprise, and follow the enterprise's status. */
@IntegrationTest
class EnterpriseAccountsTest {

	private final Api api = new Api(IntegrationTest.PORT);

	private final String admin = Tokens.of("ningbo-admin");

	@Test
	void invitedUserSignsInSeesOnlyItsEnterpriseAndIsLockedOutWhenItIsSuspended() {
		long id = api.post(NINGBO, admin, form(CreditCodes.random(), "宁波账号测试有限公司", null)).body().get("id").asLong();
		String email = "user-" + id + "@example.cn";

		Answer invited = api.post(NINGBO + "/" + id + "/users", admin,
				"{\"email\":\"%s\",\"firstName\":\"小明\",\"lastName\":\"李\"}".formatted(email));
		Answer again = api.post(NINGBO + "/" + id + "/users", admin,
				"{\"email\":\"%s\",\"firstName\":\"小明\",\"lastName\":\"李\"}".formatted(email));

		assertThat(invited.status()).isEqualTo(201);
		assertThat(again.status()).as("idempotent").isEqualTo(201);
		UserRepresentation user = KeycloakTestServer.realm().users().search(email, true).get(0);
		assertThat(KeycloakTestServer.realm().users().search(email, true)).hasSize(1);
		assertThat(user.getAttributes()).containsEntry("zone", List.of("ningbo"))
			.containsEntry("enterprise_id", List.of(Long.toString(id)));
		assertThat(KeycloakTestServer.realm().users().get(user.getId()).roles().realmLevel().listEffective())
			.extracting(RoleRepresentation::getName)
			.contains("enterprise");
		JsonNode listed = api.get(NINGBO + "/" + id + "/users", admin).body();
		assertThat(listed.valueStream().map(a -> a.get("username").asString())).containsExactly(email);

		String password = "Chang3d-" + id;
		String token = BrowserlessSignIn.signInChangingPassword(email,
				again.body().get("temporaryPassword").asString(), password);
		assertThat(Tokens.claims(token).get("enterprise_id").asString()).isEqualTo(Long.toString(id));
		assertThat(api.get(NINGBO + "/" + id, token).status()).isEqualTo(200);
		assertThat(api.get(NINGBO + "/1", token).status()).isEqualTo(404);

		api.post(NINGBO + "/" + id + "/suspend", admin, "{\"version\":0}");
		assertThat(KeycloakTestServer.realm().users().get(user.getId()).toRepresentation().isEnabled()).isFalse();
		assertThat(signInFails(email, password)).isTrue();

		api.post(NINGBO + "/" + id + "/reactivate", admin, "{\"version\":1}");
		assertThat(KeycloakTestServer.realm().users().get(user.getId()).toRepresentation().isEnabled()).isTrue();
		assertThat(Tokens.fresh(KeycloakTestServer.TEST_CLIENT, email, password, KeycloakTestServer.REALM))
			.isNotBlank();
	}

	@Test
	void zoneAdminDisablesEnablesAndRemovesOneAccount() {
		long id = api.post(NINGBO, admin, form(CreditCodes.random(), "宁波账号管理有限公司", null)).body().get("id").asLong();
		String users = NINGBO + "/" + id + "/users";
		String userId = api.post(users, admin, "{\"email\":\"one-%d@example.cn\",\"firstName\":\"一\",\"lastName\":\"张\"}"
			.formatted(id)).body().get("account").get("id").asString();

		assertThat(api.post(users + "/" + userId + "/disable", admin, "").body().get("enabled").asBoolean()).isFalse();
		assertThat(api.post(users + "/" + userId + "/enable", admin, "").body().get("enabled").asBoolean()).isTrue();
		assertThat(api.delete(users + "/" + userId, admin).status()).isEqualTo(204);
		assertThat(api.get(users, admin).body().size()).isZero();
		// an account of another enterprise cannot be reached through this one
		String demoUserId = KeycloakTestServer.realm().users().search("ningbo-enterprise", true).get(0).getId();
		assertThat(api.post(users + "/" + demoUserId + "/disable", admin, "").status()).isEqualTo(404);
	}

	@Test
	void anEmailOfAnotherAccountIsRefusedNamingTheField() {
		long id = api.post(NINGBO, admin, form(CreditCodes.random(), "宁波邮箱冲突有限公司", null)).body().get("id").asLong();

		Answer answer = api.post(NINGBO + "/" + id + "/users", admin,
				"{\"email\":\"ningbo-admin@demo.zonehub.local\",\"firstName\":\"x\",\"lastName\":\"y\"}");

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.errorFields()).containsExactly("email");
	}

	private static boolean signInFails(String username, String password) {
		try {
			Tokens.fresh(KeycloakTestServer.TEST_CLIENT, username, password, KeycloakTestServer.REALM);
			return false;
		}
		catch (IllegalStateException refused) {
			return true;
		}
	}

}
