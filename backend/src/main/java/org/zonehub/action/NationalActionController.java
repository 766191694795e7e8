package org.zonehub.action;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.web.ExportSlots;

/**
 * Ministry's national special actions: writing and launching them, the completion matrix and supervision lists
 * across zones, the task table export, replication, and returning a zone's report (ministry's one write on zones'
 * records, here under {@code /api/national}; inside the zones' own paths ministry only reads).
 */
@RestController
class NationalActionController {

	private final TenancyGuard tenancy;

	private final ActionCatalog catalog;

	private final CompletionView completion;

	private final Reporting reporting;

	private final ExportSlots slots;

	private final Clock clock;

	NationalActionController(TenancyGuard tenancy, ActionCatalog catalog, CompletionView completion,
			Reporting reporting, ExportSlots slots, Clock clock) {
		this.tenancy = tenancy;
		this.catalog = catalog;
		this.completion = completion;
		this.reporting = reporting;
		this.slots = slots;
		this.clock = clock;
	}

	@GetMapping("/api/national/actions")
	List<Action> list() {
		tenancy.requireMinistry();
		return catalog.national().stream().map(catalog::assemble).toList();
	}

	@PostMapping("/api/national/actions")
	@ResponseStatus(HttpStatus.CREATED)
	Action create(@Valid @RequestBody ActionForm form) {
		return catalog.create(Owner.ministry(tenancy.requireMinistry()), form);
	}

	@GetMapping("/api/national/actions/{id}")
	Action get(@PathVariable long id) {
		return catalog.find(Owner.ministry(tenancy.requireMinistry()), id);
	}

	@PutMapping("/api/national/actions/{id}")
	Action update(@PathVariable long id, @Valid @RequestBody ActionForm form) {
		return catalog.update(Owner.ministry(tenancy.requireMinistry()), id, form);
	}

	@PostMapping("/api/national/actions/{id}/launch")
	Action launch(@PathVariable long id, @Valid @RequestBody ActionVersionForm form) {
		return catalog.launch(Owner.ministry(tenancy.requireMinistry()), id, form.version());
	}

	@PostMapping("/api/national/actions/{id}/close")
	Action close(@PathVariable long id, @Valid @RequestBody ActionVersionForm form) {
		return catalog.close(Owner.ministry(tenancy.requireMinistry()), id, form.version());
	}

	@PostMapping("/api/national/actions/{id}/replicate")
	@ResponseStatus(HttpStatus.CREATED)
	Action replicate(@PathVariable long id, @Valid @RequestBody ReplicationForm form) {
		return catalog.replicate(Owner.ministry(tenancy.requireMinistry()), id, form);
	}

	@GetMapping("/api/national/actions/{id}/completion")
	Completion completion(@PathVariable long id, @RequestParam(required = false) Long keyTaskId,
			@RequestParam(required = false) String province) {
		return completion.matrix(tenancy.enterNational(), id, keyTaskId, province);
	}

	@GetMapping("/api/national/actions/{id}/lateness")
	Lateness lateness(@PathVariable long id, @RequestParam(required = false) Long keyTaskId,
			@RequestParam(required = false) String province) {
		return completion.lateness(tenancy.enterNational(), id, keyTaskId, province);
	}

	/** The task table (任务分工表) as .xlsx, e.g. actions-12-20250930.xlsx; a few exports at a time. */
	@GetMapping("/api/national/actions/{id}/export")
	@ApiResponse(responseCode = "200", description = "the workbook",
			content = @Content(mediaType = CompletionView.XLSX, schema = @Schema(type = "string", format = "binary")))
	void export(@PathVariable long id, @RequestParam(required = false) Long keyTaskId,
			@RequestParam(required = false) String province, HttpServletResponse response) throws IOException {
		NationalScope national = tenancy.enterNational();
		catalog.find(Owner.ministry(tenancy.requireMinistry()), id);
		try (ExportSlots.Slot slot = slots.acquire()) {
			String day = LocalDate.now(clock.withZone(Supervision.CHINA)).format(DateTimeFormatter.BASIC_ISO_DATE);
			response.setContentType(CompletionView.XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("action-" + id + "-" + day + ".xlsx").build().toString());
			completion.export(national, id, keyTaskId, province, response.getOutputStream());
		}
	}

	@PostMapping("/api/national/zones/{zone}/action-reports/{id}/return")
	void returnReport(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody ReportReturnForm form) {
		reporting.returnReport(tenancy.ministryActingIn(zone), id, form);
	}

}
