package org.zonehub.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.identity.AccountProvisioning;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Creating, editing and moving enterprises through their lifecycle. Each change is audited in its transaction;
 * status changes reach the enterprise's Keycloak accounts outside it (see {@link #changeStatus}).
 */
@Service
class EnterpriseRegistry {

	/** Status changes the registry allows; deregistered is final. */
	private static final Map<EnterpriseStatus, Set<EnterpriseStatus>> NEXT = Map.of(EnterpriseStatus.ACTIVE,
			Set.of(EnterpriseStatus.SUSPENDED, EnterpriseStatus.DEREGISTERED), EnterpriseStatus.SUSPENDED,
			Set.of(EnterpriseStatus.ACTIVE, EnterpriseStatus.DEREGISTERED), EnterpriseStatus.DEREGISTERED, Set.of());

	private final EnterpriseMapper enterprises;

	private final AccountProvisioning accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	EnterpriseRegistry(EnterpriseMapper enterprises, AccountProvisioning accounts, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	Enterprise find(ZoneScope zone, long id) {
		return Enterprise.from(findRow(zone, id));
	}

	private EnterpriseRow findRow(ZoneScope zone, long id) {
		zone.requireEnterprise(id);
		EnterpriseRow row = enterprises.findById(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return row;
	}

	@Transactional
	Enterprise create(ZoneScope zone, EnterpriseForm form) {
		zone.requireZoneAdmin();
		String code = acceptedCreditCode(form);
		String actor = zone.caller().username();
		Instant now = now();
		EnterpriseRow row = row(null, code, form, EnterpriseStatus.ACTIVE, actor, now, actor, now, 0);
		try {
			enterprises.insert(zone, row);
		}
		catch (DuplicateKeyException taken) {
			throw creditCodeTaken();
		}
		Enterprise created = Enterprise.from(enterprises.findByCreditCodes(zone, List.of(code)).get(0));
		audit(zone, created.id(), "created", null, created);
		events.publishEvent(new EnterpriseStatusChanged(zone.zoneId(), List.of(created.id()), created.status(),
				created.updatedAt()));
		return created;
	}

	@Transactional
	Enterprise update(ZoneScope zone, long id, EnterpriseForm form) {
		zone.requireZoneAdmin();
		Enterprise current = find(zone, id);
		int version = requireVersion(form.version(), current);
		if (current.status() == EnterpriseStatus.DEREGISTERED) {
			throw new ApiProblem(ErrorCode.ENTERPRISE_DEREGISTERED);
		}
		EnterpriseRow row = row(id, acceptedCreditCode(form), form, current.status(), current.createdBy(),
				current.createdAt(), zone.caller().username(), now(), version);
		try {
			if (enterprises.update(zone, row, version) == 0) {
				throw ApiProblem.stale();
			}
		}
		catch (DuplicateKeyException taken) {
			throw creditCodeTaken();
		}
		return audited(zone, id, "updated", current);
	}

	/**
	 * The enterprise's own users keep their contact (while it is active); the zone's admins may too. The contact is
	 * the one field an enterprise user writes here.
	 */
	@Transactional
	Enterprise changeContact(ZoneScope zone, long id, ContactForm form) {
		if (zone.caller().isEnterprise()) {
			zone.requireOwnEnterprise(id);
		}
		else {
			zone.requireZoneAdmin();
		}
		EnterpriseRow current = findRow(zone, id);
		int version = requireVersion(form.version(), current);
		EnterpriseRow row = current.withContact(blankToNull(form.contactName()), blankToNull(form.contactPhone()),
				blankToNull(form.contactEmail()), zone.caller().username(), now());
		if (enterprises.update(zone, row, version) == 0) {
			throw ApiProblem.stale();
		}
		return audited(zone, id, "contact-updated", Enterprise.from(current));
	}

	/**
	 * Suspending, deregistering or reactivating. Keycloak is called outside the transaction (never while the row is
	 * locked), in the order that never leaves a suspended enterprise with enabled accounts: accounts disabled first,
	 * then the status written (if that fails, the accounts are enabled again); on reactivation the status first, then
	 * the accounts enabled. Asking again for the status it already has repeats the account step, so a retry after a
	 * 503 finishes the job.
	 */
	Enterprise changeStatus(ZoneScope zone, long id, EnterpriseStatus target, Integer version) {
		zone.requireZoneAdmin();
		EnterpriseRow current = findRow(zone, id);
		int expected = requireVersion(version, current);
		boolean enable = target == EnterpriseStatus.ACTIVE;
		if (current.status() == target) {
			accounts.setEnabledForAll(zone, id, enable);
			return Enterprise.from(current);
		}
		if (!NEXT.get(current.status()).contains(target)) {
			throw new ApiProblem(ErrorCode.ILLEGAL_TRANSITION, current.status(), target);
		}
		List<String> disabled = enable ? List.of() : accounts.setEnabledForAll(zone, id, false);
		Enterprise changed;
		try {
			changed = transactions.execute(status -> {
				if (enterprises.lockStatus(zone, id) != current.status()
						|| enterprises.update(zone, current.withStatus(target, zone.caller().username(), now()),
								expected) == 0) {
					throw ApiProblem.stale();
				}
				Enterprise after = audited(zone, id, target.name().toLowerCase(java.util.Locale.ROOT),
						Enterprise.from(current));
				events.publishEvent(new EnterpriseStatusChanged(zone.zoneId(), List.of(id), target, after.updatedAt()));
				return after;
			});
		}
		catch (RuntimeException unchanged) {
			accounts.restore(disabled, true);
			throw unchanged;
		}
		if (enable) {
			accounts.setEnabledForAll(zone, id, true);
		}
		return changed;
	}

	static EnterpriseRow row(Long id, String creditCode, EnterpriseForm form, EnterpriseStatus status,
			String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, int version) {
		boolean checkPasses = CreditCode.check(creditCode) == CreditCode.Verdict.VALID;
		return new EnterpriseRow(id, creditCode, checkPasses ? null : form.creditCodeOverrideReason().trim(),
				form.nameZh().trim(), blankToNull(form.nameEn()), Enterprise.kindCodes(form.kinds()),
				blankToNull(form.customsCode()), Enterprise.modeCodes(form.customsModes()),
				blankToNull(form.district()), blankToNull(form.address()), blankToNull(form.contactName()),
				blankToNull(form.contactPhone()), blankToNull(form.contactEmail()), form.exportValueCny(),
				form.importValueCny(), status, createdBy, createdAt, updatedBy, updatedAt, version);
	}

	private static String acceptedCreditCode(EnterpriseForm form) {
		ErrorCode problem = CreditCode.problem(form.creditCode(), form.creditCodeOverrideReason());
		if (problem != null) {
			throw ApiProblem.invalid("creditCode", problem);
		}
		return CreditCode.normalize(form.creditCode());
	}

	private Enterprise audited(ZoneScope zone, long id, String action, Enterprise before) {
		Enterprise after = Enterprise.from(enterprises.findById(zone, id));
		audit(zone, id, action, before, after);
		return after;
	}

	private void audit(ZoneScope zone, long id, String action, Enterprise before, Enterprise after) {
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"enterprise", Long.toString(id), action, before, after));
	}

	private static int requireVersion(Integer version, Enterprise current) {
		return requireVersion(version, current.version());
	}

	private static int requireVersion(Integer version, EnterpriseRow current) {
		return requireVersion(version, current.version());
	}

	private static int requireVersion(Integer version, int currentVersion) {
		if (version == null) {
			throw ApiProblem.invalid("version", ErrorCode.VERSION_REQUIRED);
		}
		if (version != currentVersion) {
			throw ApiProblem.stale();
		}
		return version;
	}

	private static ApiProblem creditCodeTaken() {
		return new ApiProblem(ErrorCode.CREDIT_CODE_TAKEN, new FieldProblem("creditCode", ErrorCode.CREDIT_CODE_IN_USE));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
