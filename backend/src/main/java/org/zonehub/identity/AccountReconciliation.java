package org.zonehub.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.security.KeycloakProperties;
import org.zonehub.platform.tenancy.AccountBinding;
import org.zonehub.platform.tenancy.AccountBindings;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares Keycloak's accounts with ZoneHub's bindings and reports the drift: an account that names a zone or
 * enterprise but was not bound by ZoneHub (made by hand in the console, or left over from an interrupted invite),
 * a binding whose account is gone, and a binding whose account names another zone or enterprise than it was made
 * for. It changes nothing (drift already grants nothing: the request check refuses unbound accounts); it tells an
 * administrator what to tidy. Runs on a schedule on one replica at a time, never at start-up, so the application
 * starts whether or not Keycloak is up; each report is kept in the database, so every replica shows the same one.
 */
@Service
class AccountReconciliation {

	private static final Logger log = LoggerFactory.getLogger(AccountReconciliation.class);

	private static final int PAGE = 200;

	private static final TypeReference<List<Drift>> DRIFT = new TypeReference<>() {
	};

	/** What kind of drift, and on which account. */
	enum DriftKind {

		/** The account names a zone (or enterprise) in Keycloak, but ZoneHub never bound it: it reaches nothing. */
		UNBOUND_ACCOUNT,
		/** ZoneHub bound the account, but Keycloak no longer has it. */
		MISSING_ACCOUNT,
		/** The account's zone or enterprise in Keycloak is not the one ZoneHub bound it to: it reaches nothing. */
		BINDING_MISMATCH

	}

	record Drift(DriftKind kind, String userId, String username, String zone, Long enterpriseId, String keycloakZone,
			String keycloakEnterpriseId) {
	}

	/** One reconciliation as the API shows it. */
	record Report(long id, Instant startedAt, Instant finishedAt, int accountsChecked, int bindingsChecked,
			int driftCount, List<Drift> drift, String failure) {
	}

	private final Keycloak keycloak;

	private final String realm;

	private final AccountBindings bindings;

	private final ReconciliationMapper reports;

	private final JsonMapper json;

	private final Clock clock;

	AccountReconciliation(Keycloak keycloak, KeycloakProperties properties, AccountBindings bindings,
			ReconciliationMapper reports, JsonMapper json, Clock clock, MeterRegistry meters) {
		this.keycloak = keycloak;
		this.realm = properties.realm();
		this.bindings = bindings;
		this.reports = reports;
		this.json = json;
		this.clock = clock;
		// read from the database at each scrape, so every replica reports the latest run, whoever ran it
		Gauge.builder("zonehub.identity.drift", () -> {
			ReconciliationMapper.Row latest = reports.latest();
			return latest == null ? 0 : latest.driftCount();
		}).description("Accounts whose Keycloak state and ZoneHub binding disagree, at the last reconciliation")
			.register(meters);
	}

	@Scheduled(initialDelayString = "${zonehub.identity.reconciliation.initial-delay:PT2M}",
			fixedDelayString = "${zonehub.identity.reconciliation.interval:PT15M}")
	@SchedulerLock(name = "identity-reconciliation", lockAtMostFor = "PT10M")
	void scheduled() {
		try {
			run();
		}
		catch (ApiProblem unavailable) {
			log.warn("Identity reconciliation skipped: Keycloak did not answer");
		}
	}

	/** Runs one reconciliation now and keeps its report; a Keycloak that does not answer is a 503. */
	Report run() {
		Instant started = now();
		GeneratedId key = new GeneratedId();
		reports.insert(started, key);
		Map<String, List<AccountBinding>> bound = bindings.all();
		List<UserRepresentation> accounts;
		try {
			accounts = accounts();
		}
		catch (RuntimeException unavailable) {
			reports.finish(key.getId(), now(), 0, 0, 0, null, ErrorCode.IDENTITY_UNAVAILABLE.code());
			log.warn("Identity reconciliation could not list Keycloak's accounts: {}", unavailable.toString());
			throw new ApiProblem(ErrorCode.IDENTITY_UNAVAILABLE);
		}
		List<Drift> drift = compare(accounts, bound);
		int bindingCount = bound.values().stream().mapToInt(List::size).sum();
		reports.finish(key.getId(), now(), accounts.size(), bindingCount, drift.size(), json.writeValueAsString(drift),
				null);
		if (drift.isEmpty()) {
			log.info("Identity reconciliation: {} accounts, {} bindings, no drift", accounts.size(), bindingCount);
		}
		else {
			log.warn("Identity reconciliation: {} accounts, {} bindings, {} drifted: {}", accounts.size(), bindingCount,
					drift.size(), drift);
		}
		return latest();
	}

	Report latest() {
		ReconciliationMapper.Row row = reports.latest();
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return new Report(row.id(), row.startedAt(), row.finishedAt(), row.accountsChecked(), row.bindingsChecked(),
				row.driftCount(), row.drift() == null ? List.of() : json.readValue(row.drift(), DRIFT), row.failure());
	}

	static List<Drift> compare(List<UserRepresentation> accounts, Map<String, List<AccountBinding>> bound) {
		Map<String, String> zoneOfBinding = new HashMap<>();
		Map<String, AccountBinding> bindingOf = new HashMap<>();
		bound.forEach((zone, list) -> list.forEach(binding -> {
			zoneOfBinding.put(binding.userId(), zone);
			bindingOf.put(binding.userId(), binding);
		}));
		List<Drift> drift = new ArrayList<>();
		Map<String, UserRepresentation> seen = new HashMap<>();
		for (UserRepresentation account : accounts) {
			seen.put(account.getId(), account);
			Map<String, List<String>> attributes = account.getAttributes() == null ? Map.of() : account.getAttributes();
			String zone = AccountProvisioning.first(attributes, "zone");
			String enterprise = AccountProvisioning.first(attributes, "enterprise_id");
			AccountBinding binding = bindingOf.get(account.getId());
			if (binding == null) {
				if (zone != null || enterprise != null) {
					drift.add(new Drift(DriftKind.UNBOUND_ACCOUNT, account.getId(), account.getUsername(), null, null,
							zone, enterprise));
				}
				continue;
			}
			String boundZone = zoneOfBinding.get(account.getId());
			String boundEnterprise = binding.enterpriseId() == null ? null : binding.enterpriseId().toString();
			if (!Objects.equals(boundZone, zone) || !Objects.equals(boundEnterprise, enterprise)) {
				drift.add(new Drift(DriftKind.BINDING_MISMATCH, account.getId(), account.getUsername(), boundZone,
						binding.enterpriseId(), zone, enterprise));
			}
		}
		bindingOf.forEach((userId, binding) -> {
			if (!seen.containsKey(userId)) {
				drift.add(new Drift(DriftKind.MISSING_ACCOUNT, userId, binding.username(), zoneOfBinding.get(userId),
						binding.enterpriseId(), null, null));
			}
		});
		return drift;
	}

	/** Every account of the realm, a page at a time (each call within the admin client's deadlines). */
	private List<UserRepresentation> accounts() {
		List<UserRepresentation> all = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			List<UserRepresentation> page = keycloak.realm(realm).users().list(first, PAGE);
			all.addAll(page);
			if (page.size() < PAGE) {
				return all;
			}
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
