package org.zonehub.enterprise;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Accounts of an enterprise. Keycloak is their only record (found by the zone and enterprise_id attributes), so
 * no database row can point at a user that does not exist. Only active enterprises get new accounts.
 */
@Service
class EnterpriseAccounts {

	private final EnterpriseRegistry registry;

	private final AccountProvisioning provisioning;

	private final ApplicationEventPublisher events;

	EnterpriseAccounts(EnterpriseRegistry registry, AccountProvisioning provisioning,
			ApplicationEventPublisher events) {
		this.registry = registry;
		this.provisioning = provisioning;
		this.events = events;
	}

	List<Account> list(ZoneScope zone, long enterpriseId) {
		zone.requireZoneStaff();
		registry.find(zone, enterpriseId);
		return provisioning.listBound(zone.zoneCode(), enterpriseId);
	}

	@Transactional
	InvitedAccount invite(ZoneScope zone, long enterpriseId, Invitation invitation) {
		zone.requireZoneAdmin();
		Enterprise enterprise = registry.find(zone, enterpriseId);
		if (enterprise.status() != EnterpriseStatus.ACTIVE) {
			throw new ApiProblem.Conflict("Only an active enterprise can get new accounts.");
		}
		ProvisionedAccount provisioned;
		try {
			provisioned = provisioning.provision(new NewAccount(invitation.email(), invitation.firstName().trim(),
					invitation.lastName().trim(), Roles.ENTERPRISE, zone.zoneCode(), enterpriseId));
		}
		catch (EmailTakenException taken) {
			throw new ApiProblem.Conflict(taken.getMessage(),
					new FieldProblem("email", "already belongs to another account"));
		}
		Account account = provisioning.listBound(zone.zoneCode(), enterpriseId)
			.stream()
			.filter(candidate -> candidate.id().equals(provisioned.userId()))
			.findFirst()
			.orElseThrow();
		audit(zone, account, "invited", null, account);
		return new InvitedAccount(account, provisioned.temporaryPassword());
	}

	@Transactional
	Account setEnabled(ZoneScope zone, long enterpriseId, String userId, boolean enabled) {
		zone.requireZoneAdmin();
		if (enabled && registry.find(zone, enterpriseId).status() != EnterpriseStatus.ACTIVE) {
			throw new ApiProblem.Conflict("Accounts of a suspended or deregistered enterprise stay disabled.");
		}
		Account changed = provisioning.setEnabled(zone.zoneCode(), enterpriseId, userId, enabled);
		audit(zone, changed, enabled ? "enabled" : "disabled", null, changed);
		return changed;
	}

	@Transactional
	void remove(ZoneScope zone, long enterpriseId, String userId) {
		zone.requireZoneAdmin();
		registry.find(zone, enterpriseId);
		Account removed = provisioning.remove(zone.zoneCode(), enterpriseId, userId);
		audit(zone, removed, "removed", removed, null);
	}

	private void audit(ZoneScope zone, Account account, String action, Account before, Account after) {
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"account", account.id(), action, before, after));
	}

}
