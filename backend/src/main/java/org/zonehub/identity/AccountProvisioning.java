package org.zonehub.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zonehub.platform.security.KeycloakProperties;
import org.zonehub.platform.web.ApiProblem;

/**
 * Creates Keycloak accounts bound to a zone (and enterprise). Idempotent: asking again for an account that exists
 * with the same binding reuses it and issues a fresh temporary password, so a retried request never makes a second
 * user. A failure after the user was created removes that user again, so no half-made account is left.
 */
@Service
public class AccountProvisioning {

	private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Keycloak keycloak;

	private final String realm;

	private final SecureRandom random = new SecureRandom();

	AccountProvisioning(Keycloak keycloak, KeycloakProperties properties) {
		this.keycloak = keycloak;
		this.realm = properties.realm();
	}

	public ProvisionedAccount provision(NewAccount account) {
		return guarded(() -> provisionOrThrow(account));
	}

	private ProvisionedAccount provisionOrThrow(NewAccount account) {
		RealmResource realmResource = keycloak.realm(realm);
		UserRepresentation existing = findByUsername(realmResource, account.username());
		boolean created = existing == null;
		String userId;
		if (created) {
			userId = create(realmResource, account);
		}
		else if (sameBinding(existing, account)) {
			userId = existing.getId();
		}
		else {
			throw new EmailTakenException(account.email());
		}
		try {
			UserResource user = realmResource.users().get(userId);
			String password = temporaryPassword();
			user.resetPassword(temporary(password));
			grantRole(user, account.role());
			return new ProvisionedAccount(userId, account.username(), account.email(), password, created);
		}
		catch (RuntimeException failure) {
			if (created) {
				removeQuietly(realmResource, userId);
			}
			throw failure;
		}
	}

	private static UserRepresentation findByUsername(RealmResource realm, String username) {
		List<UserRepresentation> found = realm.users().search(username, true);
		return found.isEmpty() ? null : found.get(0);
	}

	private String create(RealmResource realm, NewAccount account) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(account.username());
		user.setEmail(account.email().trim());
		user.setFirstName(account.firstName());
		user.setLastName(account.lastName());
		user.setEnabled(true);
		user.setRequiredActions(List.of("UPDATE_PASSWORD"));
		user.setAttributes(attributes(account));
		try (Response response = realm.users().create(user)) {
			if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
				throw new EmailTakenException(account.email()); // the email is some other user's
			}
			return CreatedResponseUtil.getCreatedId(response);
		}
	}

	private static Map<String, List<String>> attributes(NewAccount account) {
		return account.enterpriseId() == null ? Map.of("zone", List.of(account.zone()))
				: Map.of("zone", List.of(account.zone()), "enterprise_id", List.of(account.enterpriseId().toString()));
	}

	private static boolean sameBinding(UserRepresentation user, NewAccount account) {
		Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
		return Objects.equals(first(attributes, "zone"), account.zone()) && Objects.equals(
				first(attributes, "enterprise_id"),
				account.enterpriseId() == null ? null : account.enterpriseId().toString());
	}

	private static String first(Map<String, List<String>> attributes, String name) {
		List<String> values = attributes.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** Realm roles are read through the user's "available" mappings: manage-users may do that, not view-realm. */
	private static void grantRole(UserResource user, String role) {
		boolean granted = user.roles().realmLevel().listEffective().stream().anyMatch(r -> r.getName().equals(role));
		if (granted) {
			return;
		}
		RoleRepresentation representation = user.roles()
			.realmLevel()
			.listAvailable()
			.stream()
			.filter(r -> r.getName().equals(role))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Realm role " + role + " does not exist"));
		user.roles().realmLevel().add(List.of(representation));
	}

	private static CredentialRepresentation temporary(String password) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(true);
		return credential;
	}

	private String temporaryPassword() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	private static void removeQuietly(RealmResource realm, String userId) {
		try (Response ignored = realm.users().delete(userId)) {
			// best effort: the original failure is what the caller needs to see
		}
		catch (RuntimeException cleanupFailure) {
			log.error("Could not remove half-made Keycloak user {}", userId, cleanupFailure);
		}
	}

	/** Removes an account this module just created, when the database write that needed it failed. */
	public void remove(String userId) {
		removeQuietly(keycloak.realm(realm), userId);
	}

	/** The accounts bound to an enterprise of a zone, by the realm's own attributes. */
	public List<Account> listBound(String zone, long enterpriseId) {
		return guarded(() -> boundUsers(zone, enterpriseId).stream().map(AccountProvisioning::account).toList());
	}

	/**
	 * Enables or disables one account of an enterprise. An account not bound to that zone and enterprise is
	 * "not found", like any foreign record.
	 */
	public Account setEnabled(String zone, long enterpriseId, String userId, boolean enabled) {
		return guarded(() -> {
			UserResource user = boundUser(zone, enterpriseId, userId);
			UserRepresentation representation = user.toRepresentation();
			if (representation.isEnabled() != enabled) {
				representation.setEnabled(enabled);
				user.update(representation);
			}
			return account(representation);
		});
	}

	/** Enables or disables every account of an enterprise (it was suspended, deregistered or reactivated). */
	public void setEnabledForAll(String zone, long enterpriseId, boolean enabled) {
		guarded(() -> {
			RealmResource realmResource = keycloak.realm(realm);
			for (UserRepresentation user : boundUsers(zone, enterpriseId)) {
				if (user.isEnabled() != enabled) {
					user.setEnabled(enabled);
					realmResource.users().get(user.getId()).update(user);
				}
			}
			return null;
		});
	}

	/** Removes one account of an enterprise; removing one that is already gone succeeds. */
	public Account remove(String zone, long enterpriseId, String userId) {
		return guarded(() -> {
			UserResource user = boundUser(zone, enterpriseId, userId);
			Account removed = account(user.toRepresentation());
			try (Response ignored = keycloak.realm(realm).users().delete(userId)) {
				return removed;
			}
		});
	}

	private List<UserRepresentation> boundUsers(String zone, long enterpriseId) {
		return keycloak.realm(realm)
			.users()
			.searchByAttributes(0, 500, null, false, "zone:" + zone + " enterprise_id:" + enterpriseId)
			.stream()
			.filter(user -> bound(user, zone, enterpriseId))
			.toList();
	}

	private UserResource boundUser(String zone, long enterpriseId, String userId) {
		UserResource user = keycloak.realm(realm).users().get(userId);
		try {
			if (bound(user.toRepresentation(), zone, enterpriseId)) {
				return user;
			}
		}
		catch (jakarta.ws.rs.NotFoundException gone) {
			// falls through to "not found"
		}
		throw new ApiProblem.NotFound("No such account of this enterprise.");
	}

	private static boolean bound(UserRepresentation user, String zone, long enterpriseId) {
		Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
		return zone.equals(first(attributes, "zone"))
				&& String.valueOf(enterpriseId).equals(first(attributes, "enterprise_id"));
	}

	private static Account account(UserRepresentation user) {
		return new Account(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
				user.getLastName(), Boolean.TRUE.equals(user.isEnabled()),
				user.getRequiredActions() != null && user.getRequiredActions().contains("UPDATE_PASSWORD"),
				user.getCreatedTimestamp() == null ? null
						: java.time.Instant.ofEpochMilli(user.getCreatedTimestamp()));
	}

	private <T> T guarded(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ProcessingException | WebApplicationException unreachable) {
			if (unreachable instanceof jakarta.ws.rs.NotFoundException) {
				throw new ApiProblem.NotFound("No such account of this enterprise.");
			}
			log.warn("Keycloak call failed", unreachable);
			throw new ApiProblem.Unavailable("The identity service (Keycloak) did not answer; nothing was changed.");
		}
	}

}
