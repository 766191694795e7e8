package org.zonehub.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;

import tools.jackson.databind.json.JsonMapper;

/** A zone's trail, newest first: for its zone admins and for ministry (read-only everywhere). */
@RestController
class AuditController {

	private final TenancyGuard tenancy;

	private final AuditMapper audit;

	private final JsonMapper json;

	AuditController(TenancyGuard tenancy, AuditMapper audit, JsonMapper json) {
		this.tenancy = tenancy;
		this.audit = audit;
		this.json = json;
	}

	@GetMapping("/api/zones/{zone}/audit")
	PageResult<AuditEntry> trail(@PathVariable String zone, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		ZoneScope scope = tenancy.enter(zone, Access.READ);
		scope.requireZoneStaff();
		PageRequest paging = PageRequest.of(page, size, null, Map.of("occurredAt", "occurred_at"), "occurredAt");
		AuditFilter filter = new AuditFilter(blankToNull(entityType), blankToNull(entityId), blankToNull(actor), from,
				to);
		return new PageResult<>(audit.search(scope, filter, paging).stream().map(this::entry).toList(),
				paging.page(), paging.size(), audit.count(scope, filter));
	}

	private AuditEntry entry(AuditRow row) {
		return new AuditEntry(row.id(), row.occurredAt(), row.actor(), row.requestId(), row.entityType(),
				row.entityId(), row.action(), row.beforeState() == null ? null : json.readTree(row.beforeState()),
				row.afterState() == null ? null : json.readTree(row.afterState()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
