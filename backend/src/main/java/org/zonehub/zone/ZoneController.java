package org.zonehub.zone;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;

/** A zone as its own users (and ministry, read-only) see it. */
@RestController
class ZoneController {

	private final TenancyGuard tenancy;

	private final ZoneMapper zones;

	ZoneController(TenancyGuard tenancy, ZoneMapper zones) {
		this.tenancy = tenancy;
		this.zones = zones;
	}

	@GetMapping("/api/zones/{code}")
	Zone get(@PathVariable String code) {
		ZoneScope scope = tenancy.enter(code, Access.READ);
		return zones.findByCode(scope.zoneCode());
	}

}
