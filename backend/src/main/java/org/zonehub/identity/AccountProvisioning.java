package org.zonehub.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
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
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zonehub.platform.security.KeycloakProperties;
import org.zonehub.platform.tenancy.AccountBinding;
import org.zonehub.platform.tenancy.AccountBindings;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Keycloak accounts bound to a zone (and enterprise), and ZoneHub's record of each binding.
 *
 * <p>
 * No Keycloak call is made while a database transaction is open (it would hold rows for as long as Keycloak takes;
 * each call here refuses to run inside one). So the callers go: Keycloak first, then their own transaction that
 * records the binding with their change, and {@link #undo} when that transaction fails. Provisioning is idempotent:
 * asking again for an account that exists with the same binding reuses it with a fresh temporary password, so a
 * retried request never makes a second user; a failure after the user was created removes that user again. If the
 * process dies between the two steps, the account exists unbound: it grants nothing (the token's user is not
 * bound), the reconciliation reports it, and a retry of the request binds it.
 */
@Service
public class AccountProvisioning {

	private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Keycloak keycloak;

	private final String realm;

	private final AccountBindings bindings;

	private final SecureRandom random = new SecureRandom();

	AccountProvisioning(Keycloak keycloak, KeycloakProperties properties, AccountBindings bindings) {
		this.keycloak = keycloak;
		this.realm = properties.realm();
		this.bindings = bindings;
	}

	/** Makes (or finds again) the account in Keycloak. Outside any transaction; then {@link #bind} in one. */
	public ProvisionedAccount provision(NewAccount account) {
		return remote(() -> provisionOrThrow(account));
	}

	/** Records the binding of an account just provisioned; joins the caller's transaction. */
	public void bind(ProvisionedAccount provisioned, NewAccount account, String actor) {
		bindings.bind(account.zone(), provisioned.userId(), provisioned.username(), account.role(),
				account.enterpriseId(), actor);
	}

	/** The compensating step when the transaction that should have bound the account failed. */
	public void undo(ProvisionedAccount provisioned) {
		if (provisioned.created()) {
			remote(() -> {
				removeQuietly(keycloak.realm(realm), provisioned.userId());
				return null;
			});
		}
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

	static String first(Map<String, List<String>> attributes, String name) {
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

	/** The accounts ZoneHub bound to an enterprise, as Keycloak has them now (one that is gone is left out). */
	public List<Account> listBound(ZoneScope zone, long enterpriseId) {
		List<AccountBinding> bound = bindings.ofEnterprise(zone, enterpriseId);
		return remote(() -> {
			List<Account> accounts = new ArrayList<>();
			for (AccountBinding binding : bound) {
				try {
					accounts.add(account(keycloak.realm(realm).users().get(binding.userId()).toRepresentation()));
				}
				catch (NotFoundException gone) {
					log.warn("Account {} is bound to enterprise {} of {} but gone from Keycloak", binding.userId(),
							enterpriseId, zone.zoneCode());
				}
			}
			return accounts;
		});
	}

	/** One account of an enterprise; an account ZoneHub did not bind to it is "not found", like any foreign record. */
	public Account find(ZoneScope zone, long enterpriseId, String userId) {
		requireBound(zone, enterpriseId, userId);
		return remote(() -> account(keycloak.realm(realm).users().get(userId).toRepresentation()));
	}

	/** Enables or disables one account of an enterprise. */
	public Account setEnabled(ZoneScope zone, long enterpriseId, String userId, boolean enabled) {
		requireBound(zone, enterpriseId, userId);
		return remote(() -> {
			UserResource user = keycloak.realm(realm).users().get(userId);
			UserRepresentation representation = user.toRepresentation();
			if (representation.isEnabled() != enabled) {
				representation.setEnabled(enabled);
				user.update(representation);
			}
			return account(representation);
		});
	}

	/**
	 * Enables or disables every account bound to an enterprise (it was suspended, deregistered or reactivated) and
	 * says which ones it changed, so a caller whose own change then fails can put them back. If Keycloak fails
	 * halfway, the accounts changed so far are put back before the 503 (as far as Keycloak lets).
	 */
	public List<String> setEnabledForAll(ZoneScope zone, long enterpriseId, boolean enabled) {
		List<AccountBinding> bound = bindings.ofEnterprise(zone, enterpriseId);
		List<String> changed = new ArrayList<>();
		try {
			remote(() -> {
				for (AccountBinding binding : bound) {
					if (switchAccount(binding.userId(), enabled)) {
						changed.add(binding.userId());
					}
				}
				return null;
			});
		}
		catch (ApiProblem unavailable) {
			restore(changed, !enabled);
			throw unavailable;
		}
		return changed;
	}

	/** Sets the accounts back to {@code enabled}: the compensating step of {@link #setEnabledForAll}. */
	public void restore(List<String> userIds, boolean enabled) {
		for (String userId : userIds) {
			try {
				remote(() -> switchAccount(userId, enabled));
			}
			catch (RuntimeException stillDown) {
				log.error("Could not set account {} back to enabled={}; the reconciliation will report it", userId,
						enabled, stillDown);
			}
		}
	}

	private boolean switchAccount(String userId, boolean enabled) {
		try {
			UserResource user = keycloak.realm(realm).users().get(userId);
			UserRepresentation representation = user.toRepresentation();
			if (Boolean.TRUE.equals(representation.isEnabled()) == enabled) {
				return false;
			}
			representation.setEnabled(enabled);
			user.update(representation);
			return true;
		}
		catch (NotFoundException gone) {
			return false; // nothing left to enable or disable; the reconciliation reports the binding
		}
	}

	/** Removes one account of an enterprise, in Keycloak and then its binding; one that is already gone succeeds. */
	public Account remove(ZoneScope zone, long enterpriseId, String userId) {
		requireBound(zone, enterpriseId, userId);
		Account removed = remote(() -> {
			UserResource user = keycloak.realm(realm).users().get(userId);
			Account before;
			try {
				before = account(user.toRepresentation());
			}
			catch (NotFoundException gone) {
				before = new Account(userId, null, null, null, null, false, false, null);
			}
			try (Response ignored = keycloak.realm(realm).users().delete(userId)) {
				return before;
			}
		});
		bindings.unbind(zone.zoneCode(), userId);
		return removed;
	}

	private void requireBound(ZoneScope zone, long enterpriseId, String userId) {
		if (!bindings.isBound(zone, enterpriseId, userId)) {
			throw ApiProblem.notFound();
		}
	}

	static Account account(UserRepresentation user) {
		return new Account(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
				user.getLastName(), Boolean.TRUE.equals(user.isEnabled()),
				user.getRequiredActions() != null && user.getRequiredActions().contains("UPDATE_PASSWORD"),
				user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()));
	}

	/**
	 * Every Keycloak call goes through here: never inside a transaction, and a Keycloak that does not answer (or
	 * answers with a server error) becomes a 503 problem within the client's deadlines.
	 */
	<T> T remote(Supplier<T> call) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Keycloak must not be called while a database transaction is open");
		}
		try {
			return call.get();
		}
		catch (NotFoundException gone) {
			throw ApiProblem.notFound();
		}
		catch (ProcessingException | WebApplicationException unreachable) {
			log.warn("Keycloak call failed: {}", unreachable.toString());
			throw new ApiProblem(ErrorCode.IDENTITY_UNAVAILABLE);
		}
	}

}
