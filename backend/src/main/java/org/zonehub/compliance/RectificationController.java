package org.zonehub.compliance;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;

/** Rectification tasks: the zone assigns, verifies or reopens; the enterprise submits its fix; ministry reads. */
@RestController
@RequestMapping("/api/zones/{zone}/rectifications")
class RectificationController {

	private static final Map<String, String> SORT_COLUMNS = Map.of("dueDate", "t.due_date", "createdAt",
			"t.created_at", "enterpriseName", "e.name_zh", "itemCode", "t.item_code", "status", "t.status");

	private final TenancyGuard tenancy;

	private final Rectifications rectifications;

	RectificationController(TenancyGuard tenancy, Rectifications rectifications) {
		this.tenancy = tenancy;
		this.rectifications = rectifications;
	}

	@GetMapping
	PageResult<RectificationTask> list(@PathVariable String zone, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) Long enterpriseId, @RequestParam(required = false) Long assessmentId,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return rectifications.list(tenancy.enter(zone, Access.READ),
				new TaskFilter(status, enterpriseId, assessmentId, overdue),
				PageRequest.of(page, size, sort, SORT_COLUMNS, "dueDate"));
	}

	@GetMapping("/{id}")
	RectificationTask get(@PathVariable String zone, @PathVariable long id) {
		return rectifications.find(tenancy.enter(zone, Access.READ), id);
	}

	@PutMapping("/{id}")
	RectificationTask reassign(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody TaskChangeForm form) {
		return rectifications.reassign(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/{id}/submit")
	RectificationTask submit(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody TaskStepForm form) {
		return rectifications.submit(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/{id}/verify")
	RectificationTask verify(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody TaskStepForm form) {
		return rectifications.verify(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/{id}/reopen")
	RectificationTask reopen(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody TaskStepForm form) {
		return rectifications.reopen(tenancy.enter(zone, Access.WRITE), id, form);
	}

}
