package org.zonehub.compliance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;

/** The zone's compliance overview for its dashboard charts. */
@RestController
class ZoneComplianceController {

	private final TenancyGuard tenancy;

	private final ZoneCompliance compliance;

	ZoneComplianceController(TenancyGuard tenancy, ZoneCompliance compliance) {
		this.tenancy = tenancy;
		this.compliance = compliance;
	}

	@GetMapping("/api/zones/{zone}/compliance/overview")
	ComplianceOverview overview(@PathVariable String zone) {
		return compliance.overview(tenancy.enter(zone, Access.READ));
	}

}
