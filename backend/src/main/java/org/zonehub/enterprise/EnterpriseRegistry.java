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
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.identity.AccountProvisioning;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;

/**
 * Creating, editing and moving enterprises through their lifecycle. Each change is audited in its transaction;
 * status changes reach the enterprise's Keycloak accounts last, so a Keycloak failure rolls the status back.
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

	EnterpriseRegistry(EnterpriseMapper enterprises, AccountProvisioning accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	Enterprise find(ZoneScope zone, long id) {
		zone.requireEnterprise(id);
		EnterpriseRow row = enterprises.findById(zone, id);
		if (row == null) {
			throw new ApiProblem.NotFound("No such enterprise in this zone.");
		}
		return Enterprise.from(row);
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
		return created;
	}

	@Transactional
	Enterprise update(ZoneScope zone, long id, EnterpriseForm form) {
		zone.requireZoneAdmin();
		Enterprise current = find(zone, id);
		int version = requireVersion(form.version(), current);
		if (current.status() == EnterpriseStatus.DEREGISTERED) {
			throw new ApiProblem.Conflict("A deregistered enterprise cannot be edited.");
		}
		EnterpriseRow row = row(id, acceptedCreditCode(form), form, current.status(), current.createdBy(),
				current.createdAt(), zone.caller().username(), now(), version);
		try {
			if (enterprises.update(zone, row, version) == 0) {
				throw stale();
			}
		}
		catch (DuplicateKeyException taken) {
			throw creditCodeTaken();
		}
		return audited(zone, id, "updated", current);
	}

	/** The enterprise's own users keep their contact; the zone's admins may too. */
	@Transactional
	Enterprise changeContact(ZoneScope zone, long id, ContactForm form) {
		Enterprise current = find(zone, id);
		int version = requireVersion(form.version(), current);
		EnterpriseRow row = new EnterpriseRow(id, current.creditCode(), current.creditCodeOverrideReason(),
				current.nameZh(), current.nameEn(), Enterprise.kindCodes(current.kinds()), current.customsCode(),
				Enterprise.modeCodes(current.customsModes()), current.district(), current.address(),
				blankToNull(form.contactName()), blankToNull(form.contactPhone()), blankToNull(form.contactEmail()),
				current.exportValueCny(), current.importValueCny(), current.status(), current.createdBy(),
				current.createdAt(), zone.caller().username(), now(), version);
		if (enterprises.update(zone, row, version) == 0) {
			throw stale();
		}
		return audited(zone, id, "contact-updated", current);
	}

	@Transactional
	Enterprise changeStatus(ZoneScope zone, long id, EnterpriseStatus target, Integer version) {
		zone.requireZoneAdmin();
		Enterprise current = find(zone, id);
		int expected = requireVersion(version, current);
		if (current.status() == target) {
			return current;
		}
		if (!NEXT.get(current.status()).contains(target)) {
			throw new ApiProblem.Conflict(
					"An enterprise cannot go from " + current.status() + " to " + target + ".");
		}
		EnterpriseRow row = new EnterpriseRow(id, current.creditCode(), current.creditCodeOverrideReason(),
				current.nameZh(), current.nameEn(), Enterprise.kindCodes(current.kinds()), current.customsCode(),
				Enterprise.modeCodes(current.customsModes()), current.district(), current.address(),
				current.contactName(), current.contactPhone(), current.contactEmail(), current.exportValueCny(),
				current.importValueCny(), target, current.createdBy(), current.createdAt(), zone.caller().username(),
				now(), expected);
		if (enterprises.update(zone, row, expected) == 0) {
			throw stale();
		}
		Enterprise changed = audited(zone, id, target.name().toLowerCase(java.util.Locale.ROOT), current);
		// last: if Keycloak fails, the status change rolls back; a retry finishes the job
		accounts.setEnabledForAll(zone.zoneCode(), id, target == EnterpriseStatus.ACTIVE);
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
		String problem = CreditCode.problem(form.creditCode(), form.creditCodeOverrideReason());
		if (problem != null) {
			throw new ApiProblem.Invalid("creditCode", problem);
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
		if (version == null) {
			throw new ApiProblem.Invalid("version", "is required: send the version you last saw");
		}
		if (version != current.version()) {
			throw stale();
		}
		return version;
	}

	private static ApiProblem.Conflict stale() {
		return new ApiProblem.Conflict("Someone else changed this enterprise; reload it and try again.");
	}

	private static ApiProblem.Conflict creditCodeTaken() {
		return new ApiProblem.Conflict("This credit code is already registered in the zone.",
				new FieldProblem("creditCode", "is already registered in this zone"));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
