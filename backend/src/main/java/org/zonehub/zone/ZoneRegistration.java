package org.zonehub.zone;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zonehub.identity.AccountProvisioning;
import org.zonehub.identity.EmailTakenException;
import org.zonehub.identity.NewAccount;
import org.zonehub.identity.ProvisionedAccount;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.CurrentCaller;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;
import org.zonehub.zone.ZoneRequests.CreateZoneRequest;
import org.zonehub.zone.ZoneRequests.CreatedZone;
import org.zonehub.zone.ZoneRequests.NewAdminCredentials;
import org.zonehub.zone.ZoneRequests.UpdateZoneRequest;

/**
 * Registering a zone (with its first administrator) and changing it along its lifecycle.
 *
 * <p>
 * The first administrator's account is made in Keycloak first, outside any transaction (a zone code already taken
 * is refused before that), then the zone row, the account's binding and the audit entries are written in one
 * transaction; if that fails, an account this call created is removed again. A retry finds the account an
 * earlier attempt made and reuses it.
 */
@Service
class ZoneRegistration {

	private final ZoneMapper zones;

	private final AccountProvisioning accounts;

	private final Clock clock;

	private final CurrentCaller caller;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ZoneRegistration(ZoneMapper zones, AccountProvisioning accounts, Clock clock, CurrentCaller caller,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.zones = zones;
		this.accounts = accounts;
		this.clock = clock;
		this.caller = caller;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	CreatedZone register(CreateZoneRequest request) {
		if (zones.findByCode(request.code()) != null) {
			throw codeTaken(request.code());
		}
		ZoneRequests.FirstAdmin admin = request.firstAdmin();
		NewAccount wanted = admin == null ? null
				: new NewAccount(admin.email(), admin.firstName().trim(), admin.lastName().trim(), Roles.ZONE_ADMIN,
						request.code(), null);
		ProvisionedAccount account = wanted == null ? null : provision(wanted);
		try {
			return transactions.execute(status -> {
				Instant now = now();
				try {
					zones.insert(new Zone(request.code(), request.nameZh().trim(), request.nameEn().trim(),
							request.province(), request.batch(), request.approvedOn(), ZoneStatus.APPROVED, null, now,
							now, 0));
				}
				catch (DuplicateKeyException taken) {
					throw codeTaken(request.code());
				}
				Zone created = zones.findByCode(request.code());
				audit(created.code(), "zone", created.code(), "created", null, created);
				events.publishEvent(ZoneApproved.of(zones.findIdByCode(created.code()), created.code(), now));
				if (account == null) {
					return new CreatedZone(created, null);
				}
				accounts.bind(account, wanted, caller.get().username());
				audit(request.code(), "account", account.userId(), "invited", null,
						Map.of("username", account.username(), "role", Roles.ZONE_ADMIN));
				return new CreatedZone(created,
						new NewAdminCredentials(account.username(), account.email(), account.temporaryPassword()));
			});
		}
		catch (RuntimeException unregistered) {
			if (account != null) {
				accounts.undo(account);
			}
			throw unregistered;
		}
	}

	private ProvisionedAccount provision(NewAccount wanted) {
		try {
			return accounts.provision(wanted);
		}
		catch (EmailTakenException taken) {
			throw new ApiProblem(ErrorCode.EMAIL_TAKEN, new FieldProblem("firstAdmin.email", ErrorCode.EMAIL_IN_USE),
					wanted.email());
		}
	}

	private static ApiProblem codeTaken(String code) {
		return new ApiProblem(ErrorCode.ZONE_CODE_TAKEN, new FieldProblem("code", ErrorCode.ZONE_CODE_IN_USE), code);
	}

	@Transactional
	Zone change(String code, UpdateZoneRequest request) {
		Zone current = zones.findByCode(code);
		if (current == null) {
			throw ApiProblem.notFound();
		}
		if (current.version() != request.version()) {
			throw ApiProblem.stale();
		}
		ZoneStatus status = request.status() == null ? current.status() : request.status();
		if (!current.status().canBecome(status)) {
			throw new ApiProblem(ErrorCode.ILLEGAL_TRANSITION, current.status(), status);
		}
		String mergedInto = status == ZoneStatus.MERGED ? mergeTarget(current, request) : null;
		Zone changed = new Zone(code, orElse(request.nameZh(), current.nameZh()),
				orElse(request.nameEn(), current.nameEn()), orElse(request.province(), current.province()),
				request.batch() == null ? current.batch() : request.batch(),
				orElse(request.approvedOn(), current.approvedOn()), status, mergedInto, current.createdAt(), now(),
				current.version());
		if (zones.update(changed, request.version()) == 0) {
			throw ApiProblem.stale();
		}
		Zone after = zones.findByCode(code);
		audit(code, "zone", code, "updated", current, after);
		return after;
	}

	/** A merged zone names a live zone it went into; a zone already merged keeps its target. */
	private String mergeTarget(Zone current, UpdateZoneRequest request) {
		if (current.status() == ZoneStatus.MERGED) {
			return current.mergedInto();
		}
		String target = request.mergedInto();
		if (target == null) {
			throw ApiProblem.invalid("mergedInto", ErrorCode.MERGE_TARGET_REQUIRED);
		}
		Zone into = target.equals(current.code()) ? null : zones.findByCode(target);
		if (into == null || into.status() == ZoneStatus.REVOKED || into.status() == ZoneStatus.MERGED) {
			throw ApiProblem.invalid("mergedInto", ErrorCode.MERGE_TARGET_INVALID);
		}
		return target;
	}

	private void audit(String zoneCode, String entityType, String entityId, String action, Object before,
			Object after) {
		events.publishEvent(new EntityChanged(zones.findIdByCode(zoneCode), caller.get().username(),
				RequestIdFilter.current(), entityType, entityId, action, before, after));
	}

	private static <T> T orElse(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
