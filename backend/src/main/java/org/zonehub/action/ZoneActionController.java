package org.zonehub.action;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.Downloads;

/**
 * A zone's special actions: the national ones it received and its own, its assignments and their reports. Zone
 * administrators write; ministry reads (read-only here); enterprise users are refused (403).
 */
@RestController
class ZoneActionController {

	private final TenancyGuard tenancy;

	private final ZoneActions zoneActions;

	private final ActionCatalog catalog;

	private final Reporting reporting;

	ZoneActionController(TenancyGuard tenancy, ZoneActions zoneActions, ActionCatalog catalog, Reporting reporting) {
		this.tenancy = tenancy;
		this.zoneActions = zoneActions;
		this.catalog = catalog;
		this.reporting = reporting;
	}

	@GetMapping("/api/zones/{zone}/actions")
	List<ActionSummary> list(@PathVariable String zone) {
		return zoneActions.list(staff(zone, Access.READ));
	}

	@PostMapping("/api/zones/{zone}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	Action create(@PathVariable String zone, @Valid @RequestBody ActionForm form) {
		return catalog.create(Owner.zone(staff(zone, Access.WRITE)), form);
	}

	@GetMapping("/api/zones/{zone}/actions/{id}")
	ZoneAction get(@PathVariable String zone, @PathVariable long id) {
		return zoneActions.find(staff(zone, Access.READ), id);
	}

	@PutMapping("/api/zones/{zone}/actions/{id}")
	Action update(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody ActionForm form) {
		return catalog.update(Owner.zone(staff(zone, Access.WRITE)), id, form);
	}

	@PostMapping("/api/zones/{zone}/actions/{id}/launch")
	Action launch(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody ActionVersionForm form) {
		return catalog.launch(Owner.zone(staff(zone, Access.WRITE)), id, form.version());
	}

	@PostMapping("/api/zones/{zone}/actions/{id}/close")
	Action close(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody ActionVersionForm form) {
		return catalog.close(Owner.zone(staff(zone, Access.WRITE)), id, form.version());
	}

	/** One report for the period on several measures at once; answers the action as the zone now sees it. */
	@PostMapping("/api/zones/{zone}/actions/{id}/reports")
	ZoneAction batch(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody BatchReportForm form) {
		ZoneScope scope = staff(zone, Access.WRITE);
		reporting.batch(scope, id, form);
		return zoneActions.find(scope, id);
	}

	@GetMapping("/api/zones/{zone}/action-assignments/{id}")
	Assignment.AssignmentDetail assignment(@PathVariable String zone, @PathVariable long id) {
		return reporting.detail(staff(zone, Access.READ), id);
	}

	@PutMapping("/api/zones/{zone}/action-assignments/{id}")
	Assignment.AssignmentDetail contact(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody AssignmentContactForm form) {
		ZoneScope scope = staff(zone, Access.WRITE);
		reporting.contact(scope, id, form);
		return reporting.detail(scope, id);
	}

	@PutMapping("/api/zones/{zone}/action-assignments/{id}/draft")
	Assignment.AssignmentDetail saveDraft(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody ActionReportForm form) {
		ZoneScope scope = staff(zone, Access.WRITE);
		reporting.saveDraft(scope, id, form);
		return reporting.detail(scope, id);
	}

	@PostMapping(path = "/api/zones/{zone}/action-assignments/{id}/draft/evidence",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Assignment.ActionEvidenceFile attach(@PathVariable String zone, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return reporting.attach(staff(zone, Access.WRITE), id, file);
	}

	@PostMapping("/api/zones/{zone}/action-assignments/{id}/draft/submit")
	Assignment.AssignmentDetail submit(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody ActionVersionForm form) {
		ZoneScope scope = staff(zone, Access.WRITE);
		reporting.submit(scope, id, form.version());
		return reporting.detail(scope, id);
	}

	@GetMapping("/api/zones/{zone}/action-evidence/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String zone, @PathVariable long id) {
		Reporting.Download file = reporting.download(staff(zone, Access.READ), id);
		return Downloads.attachment(file.row().mediaType(), file.row().sizeBytes(), file.row().fileName(),
				file.content());
	}

	/** Special actions are zone administration: enterprise users are refused (403). */
	private ZoneScope staff(String zone, Access access) {
		ZoneScope scope = tenancy.enter(zone, access);
		scope.requireZoneStaff();
		return scope;
	}

}
