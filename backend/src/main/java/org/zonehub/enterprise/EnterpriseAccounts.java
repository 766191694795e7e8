package org.zonehub.enterprise;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.enterprise.EnterpriseAccountController.InvitedAccount;
import org.zonehub.enterprise.EnterpriseAccountController.Invitation;
import org.zonehub.identity.Account;
import org.zonehub.identity.AccountProvisioning;
import org.zonehub.identity.EmailTakenException;
import org.zonehub.identity.NewAccount;
import org.zonehub.identity.ProvisionedAccount;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Accounts of an enterprise: real Keycloak users, each bound by ZoneHub to the zone and enterprise. Keycloak is
 * called first and outside any transaction; the binding and the audit entry are written after, in one
 * transaction that also re-reads the enterprise's status under lock, so an enterprise suspended meanwhile gets no
 * new account (the one just made is removed again). Only active enterprises get new accounts.
 */
@Service
class EnterpriseAccounts {

	private final EnterpriseRegistry registry;

	private final EnterpriseMapper enterprises;

	private final AccountProvisioning provisioning;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	EnterpriseAccounts(EnterpriseRegistry registry, EnterpriseMapper enterprises, AccountProvisioning provisioning,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.registry = registry;
		this.enterprises = enterprises;
		this.provisioning = provisioning;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	List<Account> list(ZoneScope zone, long enterpriseId) {
		zone.requireZoneStaff();
		registry.find(zone, enterpriseId);
		return provisioning.listBound(zone, enterpriseId);
	}

	InvitedAccount invite(ZoneScope zone, long enterpriseId, Invitation invitation) {
		zone.requireZoneAdmin();
		if (registry.find(zone, enterpriseId).status() != EnterpriseStatus.ACTIVE) {
			throw new ApiProblem(ErrorCode.ACCOUNTS_NEED_ACTIVE_ENTERPRISE);
		}
		NewAccount wanted = new NewAccount(invitation.email(), invitation.firstName().trim(),
				invitation.lastName().trim(), Roles.ENTERPRISE, zone.zoneCode(), enterpriseId);
		ProvisionedAccount provisioned;
		try {
			provisioned = provisioning.provision(wanted);
		}
		catch (EmailTakenException taken) {
			throw new ApiProblem(ErrorCode.EMAIL_TAKEN, new FieldProblem("email", ErrorCode.EMAIL_IN_USE),
					invitation.email());
		}
		try {
			transactions.executeWithoutResult(status -> {
				if (enterprises.lockStatus(zone, enterpriseId) != EnterpriseStatus.ACTIVE) {
					throw new ApiProblem(ErrorCode.ACCOUNTS_NEED_ACTIVE_ENTERPRISE);
				}
				provisioning.bind(provisioned, wanted, zone.caller().username());
				Account invited = new Account(provisioned.userId(), provisioned.username(), provisioned.email(),
						wanted.firstName(), wanted.lastName(), true, true, null);
				audit(zone, invited, "invited", null, invited);
			});
		}
		catch (RuntimeException unbound) {
			provisioning.undo(provisioned);
			throw unbound;
		}
		return new InvitedAccount(provisioning.find(zone, enterpriseId, provisioned.userId()),
				provisioned.temporaryPassword());
	}

	Account setEnabled(ZoneScope zone, long enterpriseId, String userId, boolean enabled) {
		zone.requireZoneAdmin();
		if (enabled && registry.find(zone, enterpriseId).status() != EnterpriseStatus.ACTIVE) {
			throw new ApiProblem(ErrorCode.ACCOUNTS_STAY_DISABLED);
		}
		Account changed = provisioning.setEnabled(zone, enterpriseId, userId, enabled);
		transactions.executeWithoutResult(status -> audit(zone, changed, enabled ? "enabled" : "disabled", null,
				changed));
		return changed;
	}

	void remove(ZoneScope zone, long enterpriseId, String userId) {
		zone.requireZoneAdmin();
		registry.find(zone, enterpriseId);
		Account removed = provisioning.remove(zone, enterpriseId, userId);
		transactions.executeWithoutResult(status -> audit(zone, removed, "removed", removed, null));
	}

	private void audit(ZoneScope zone, Account account, String action, Account before, Account after) {
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"account", account.id(), action, before, after));
	}

}
