package org.zonehub.rollup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;

/** A zone's dashboard figures, for its administrators and ministry; enterprise users are refused (403). */
@RestController
class ZoneRollupController {

	private final TenancyGuard tenancy;

	private final NationalRollup rollup;

	ZoneRollupController(TenancyGuard tenancy, NationalRollup rollup) {
		this.tenancy = tenancy;
		this.rollup = rollup;
	}

	@GetMapping("/api/zones/{zone}/rollup")
	ZonePicture zone(@PathVariable String zone, @RequestParam(required = false) Integer months) {
		return rollup.zone(tenancy.enter(zone, Access.READ), months);
	}

}
