package org.zonehub.program;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;

/** The ministry's KPI dictionary, and the KPIs a zone can pick (the dictionary and its own). */
@RestController
class KpiController {

	private final TenancyGuard tenancy;

	private final Programs programs;

	KpiController(TenancyGuard tenancy, Programs programs) {
		this.tenancy = tenancy;
		this.programs = programs;
	}

	/** Ministry's view of its dictionary; zone users read it with their own KPIs, below. */
	@GetMapping("/api/national/kpis")
	List<Kpi> nationalKpis() {
		return programs.nationalKpis();
	}

	@GetMapping("/api/zones/{zone}/kpis")
	List<Kpi> zoneKpis(@PathVariable String zone) {
		return programs.kpis(tenancy.enter(zone, Access.READ));
	}

	@PostMapping("/api/zones/{zone}/kpis")
	@ResponseStatus(HttpStatus.CREATED)
	Kpi addZoneKpi(@PathVariable String zone, @Valid @RequestBody ZoneKpiForm form) {
		return programs.addZoneKpi(tenancy.enter(zone, Access.WRITE), form);
	}

}
