package org.zonehub.zone;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zonehub.identity.AccountProvisioning;
import org.zonehub.identity.EmailTakenException;
import org.zonehub.identity.NewAccount;
import org.zonehub.identity.ProvisionedAccount;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.CurrentCaller;
import org.zonehub.platform.web.ApiProblem;
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
 * The zone row and the Keycloak account succeed or fail together: the row is written first inside the
 * transaction, the account is made last, and any failure rolls the row back. If the commit itself fails, an
 * account this call created is removed again. A retry finds the account an earlier attempt made and reuses it.
 */
@Service
class ZoneRegistration {

	private final ZoneMapper zones;

	private final AccountProvisioning accounts;

	private final Clock clock;

	private final CurrentCaller caller;

	private final ApplicationEventPublisher events;

	ZoneRegistration(ZoneMapper zones, AccountProvisioning accounts, Clock clock, CurrentCaller caller,
			ApplicationEventPublisher events) {
		this.zones = zones;
		this.accounts = accounts;
		this.clock = clock;
		this.caller = caller;
		this.events = events;
	}

	@Transactional
	CreatedZone register(CreateZoneRequest request) {
		Instant now = now();
		Zone zone = new Zone(request.code(), request.nameZh().trim(), request.nameEn().trim(), request.province(),
				request.batch(), request.approvedOn(), ZoneStatus.APPROVED, null, now, now, 0);
		try {
			zones.insert(zone);
		}
		catch (DuplicateKeyException taken) {
			throw new ApiProblem.Conflict("A zone with code " + request.code() + " already exists.",
					new FieldProblem("code", "is already taken"));
		}
		Zone created = zones.findByCode(request.code());
		audit(created.code(), "zone", created.code(), "created", null, created);
		NewAdminCredentials firstAdmin = request.firstAdmin() == null ? null : provisionFirstAdmin(request);
		return new CreatedZone(created, firstAdmin);
	}

	private NewAdminCredentials provisionFirstAdmin(CreateZoneRequest request) {
		ZoneRequests.FirstAdmin admin = request.firstAdmin();
		ProvisionedAccount account;
		try {
			account = accounts.provision(new NewAccount(admin.email(), admin.firstName().trim(),
					admin.lastName().trim(), Roles.ZONE_ADMIN, request.code(), null));
		}
		catch (EmailTakenException taken) {
			throw new ApiProblem.Conflict(taken.getMessage(),
					new FieldProblem("firstAdmin.email", "already belongs to another account"));
		}
		if (account.created()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						accounts.remove(account.userId());
					}
				}
			});
		}
		audit(request.code(), "account", account.userId(), "invited", null,
				Map.of("username", account.username(), "role", Roles.ZONE_ADMIN));
		return new NewAdminCredentials(account.username(), account.email(), account.temporaryPassword());
	}

	@Transactional
	Zone change(String code, UpdateZoneRequest request) {
		Zone current = zones.findByCode(code);
		if (current == null) {
			throw new ApiProblem.NotFound("No zone " + code + ".");
		}
		if (current.version() != request.version()) {
			throw staleVersion(code);
		}
		ZoneStatus status = request.status() == null ? current.status() : request.status();
		if (!current.status().canBecome(status)) {
			throw new ApiProblem.Conflict("A zone cannot go from " + current.status() + " to " + status + ".");
		}
		String mergedInto = status == ZoneStatus.MERGED ? mergeTarget(current, request) : null;
		Zone changed = new Zone(code, orElse(request.nameZh(), current.nameZh()),
				orElse(request.nameEn(), current.nameEn()), orElse(request.province(), current.province()),
				request.batch() == null ? current.batch() : request.batch(),
				orElse(request.approvedOn(), current.approvedOn()), status, mergedInto, current.createdAt(), now(),
				current.version());
		if (zones.update(changed, request.version()) == 0) {
			throw staleVersion(code);
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
			throw new ApiProblem.Invalid("mergedInto", "is required when the status becomes MERGED");
		}
		Zone into = target.equals(current.code()) ? null : zones.findByCode(target);
		if (into == null || into.status() == ZoneStatus.REVOKED || into.status() == ZoneStatus.MERGED) {
			throw new ApiProblem.Invalid("mergedInto", "must be the code of another zone that is approved or active");
		}
		return target;
	}

	private void audit(String zoneCode, String entityType, String entityId, String action, Object before,
			Object after) {
		events.publishEvent(new EntityChanged(zones.findIdByCode(zoneCode), caller.get().username(),
				RequestIdFilter.current(), entityType, entityId, action, before, after));
	}

	private static ApiProblem.Conflict staleVersion(String code) {
		return new ApiProblem.Conflict("Zone " + code + " was changed by someone else; reload it and try again.");
	}

	private static <T> T orElse(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
