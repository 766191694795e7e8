package org.zonehub.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For ministry's administrators: the drift between Keycloak's accounts and ZoneHub's bindings. */
@RestController
@RequestMapping("/api/national/identity/reconciliation")
class IdentityReconciliationController {

	private final AccountReconciliation reconciliation;

	IdentityReconciliationController(AccountReconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	/** The latest report (404 before the first run). */
	@GetMapping
	AccountReconciliation.Report latestReconciliation() {
		return reconciliation.latest();
	}

	/** Runs a reconciliation now and answers its report; 503 when Keycloak does not answer. */
	@PostMapping
	AccountReconciliation.Report runReconciliation() {
		return reconciliation.run();
	}

}
