package org.zonehub.testing;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Accounts a careless Keycloak administrator makes by hand in the console, bypassing ZoneHub: a role with the
 * wrong attributes, or the right ones with no binding. Each signs in for real and gets a real token.
 */
public final class OddAccounts {

	private static final String PASSWORD = "Odd-account-1";

	private OddAccounts() {
	}

	/** A token for a hand-made account with {@code role} and these attributes (made once per test run). */
	public static String token(String username, String role, Map<String, List<String>> attributes) {
		RealmResource realm = KeycloakTestServer.realm();
		if (realm.users().search(username, true).isEmpty()) {
			UserRepresentation user = new UserRepresentation();
			user.setUsername(username);
			user.setEmail(username + "@hand-made.example.cn");
			user.setFirstName("手工");
			user.setLastName("账号");
			user.setEnabled(true);
			user.setEmailVerified(true);
			user.setAttributes(attributes);
			CredentialRepresentation password = new CredentialRepresentation();
			password.setType(CredentialRepresentation.PASSWORD);
			password.setValue(PASSWORD);
			password.setTemporary(false);
			user.setCredentials(List.of(password));
			String id;
			try (Response created = realm.users().create(user)) {
				id = CreatedResponseUtil.getCreatedId(created);
			}
			realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
		}
		return Tokens.fresh(KeycloakTestServer.TEST_CLIENT, username, PASSWORD, KeycloakTestServer.REALM);
	}

}
