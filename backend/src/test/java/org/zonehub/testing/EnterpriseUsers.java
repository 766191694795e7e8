package org.zonehub.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise with one signed-in user, made the way a zone admin does it: create the enterprise, invite the
 * user, sign in through the real login pages changing the temporary password. Tests that change an enterprise's
 * compliance state use their own, so no test depends on what another left behind.
 */
public final class EnterpriseUsers {

	/** The enterprise and its user; {@link #token()} signs in again, so it never hands out an expired token. */
	public record EnterpriseUser(String zone, long enterpriseId, String email, String password) {

		public String token() {
			return Tokens.fresh(KeycloakTestServer.TEST_CLIENT, email, password, KeycloakTestServer.REALM);
		}

	}

	private EnterpriseUsers() {
	}

	public static EnterpriseUser create(Api api, String zone, String nameZh) {
		KeycloakTestServer.ensureRunning();
		String admin = Tokens.of(zone + "-admin");
		Api.Answer created = api.post("/api/zones/" + zone + "/enterprises", admin, """
				{"creditCode":"%s","nameZh":"%s","nameEn":"Test Trading Co., Ltd.",
				 "kinds":["SELLER"],"customsCode":"3302960001","customsModes":["9610","9810"],
				 "district":"北仑区","address":"测试路1号","contactName":"王伟","contactPhone":"13800000000",
				 "contactEmail":"wang@example.cn","exportValueCny":1000000,"importValueCny":0}"""
			.formatted(CreditCodes.random(), nameZh));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		String email = "assess-" + id + "@example.cn";
		Api.Answer invited = api.post("/api/zones/" + zone + "/enterprises/" + id + "/users", admin,
				"{\"email\":\"%s\",\"firstName\":\"合规\",\"lastName\":\"张\"}".formatted(email));
		assertThat(invited.status()).as(invited.body().toString()).isEqualTo(201);
		String password = "Assess-" + id + "-ok";
		BrowserlessSignIn.signInChangingPassword(email, invited.body().get("temporaryPassword").asString(), password);
		return new EnterpriseUser(zone, id, email, password);
	}

}
