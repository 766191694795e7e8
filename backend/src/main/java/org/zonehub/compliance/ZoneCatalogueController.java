package org.zonehub.compliance;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.compliance.ZoneCatalogue.CatalogueInForce;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;

/** The catalogue in force in a zone (everyone of the zone and ministry) and the zone's own requirements. */
@RestController
class ZoneCatalogueController {

	private final TenancyGuard tenancy;

	private final ZoneCatalogue catalogue;

	ZoneCatalogueController(TenancyGuard tenancy, ZoneCatalogue catalogue) {
		this.tenancy = tenancy;
		this.catalogue = catalogue;
	}

	@GetMapping("/api/zones/{zone}/catalogue")
	CatalogueInForce inForce(@PathVariable String zone) {
		return catalogue.inForce(tenancy.enter(zone, Access.READ));
	}

	@GetMapping("/api/zones/{zone}/requirements")
	List<Requirement> zoneRequirements(@PathVariable String zone) {
		return catalogue.zoneRequirements(tenancy.enter(zone, Access.READ));
	}

	@PostMapping("/api/zones/{zone}/requirements/{code}")
	@ResponseStatus(HttpStatus.CREATED)
	Requirement add(@PathVariable String zone,
			@PathVariable @Pattern(regexp = RequirementForm.CODE_PATTERN,
					message = "{requirement.zone-code-format}") String code,
			@Valid @RequestBody RequirementForm form) {
		return catalogue.add(tenancy.enter(zone, Access.WRITE), code, form);
	}

	@PutMapping("/api/zones/{zone}/requirements/{code}")
	Requirement change(@PathVariable String zone, @PathVariable String code,
			@Valid @RequestBody RequirementForm form) {
		return catalogue.change(tenancy.enter(zone, Access.WRITE), code, form);
	}

}
