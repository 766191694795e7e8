package org.zonehub.enterprise;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
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
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;

/**
 * A zone's enterprise registry. Zone admins manage it; ministry reads it; an enterprise user sees only its own
 * enterprise and may change only its contact.
 */
@RestController
@RequestMapping("/api/zones/{zone}/enterprises")
class EnterpriseController {

	/** Sort keys the API accepts, and the column each one sorts by. */
	static final Map<String, String> SORT_COLUMNS = Map.of("nameZh", "name_zh", "creditCode", "credit_code", "status",
			"status", "exportValueCny", "export_value_cny", "updatedAt", "updated_at");

	record StatusChange(@NotNull Integer version) {
	}

	private final TenancyGuard tenancy;

	private final EnterpriseMapper enterprises;

	private final EnterpriseRegistry registry;

	EnterpriseController(TenancyGuard tenancy, EnterpriseMapper enterprises, EnterpriseRegistry registry) {
		this.tenancy = tenancy;
		this.enterprises = enterprises;
		this.registry = registry;
	}

	@GetMapping
	PageResult<Enterprise> list(@PathVariable String zone, @RequestParam(required = false) String name,
			@RequestParam(required = false) String creditCode, @RequestParam(required = false) EnterpriseKind kind,
			@RequestParam(required = false) EnterpriseStatus status,
			@RequestParam(required = false) String customsMode, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		ZoneScope scope = tenancy.enter(zone, Access.READ);
		PageRequest paging = PageRequest.of(page, size, sort, SORT_COLUMNS, "nameZh");
		EnterpriseFilter filter = new EnterpriseFilter(EnterpriseRegistry.blankToNull(name),
				CreditCode.normalize(EnterpriseRegistry.blankToNull(creditCode)), kind, status,
				customsMode == null || customsMode.isBlank() ? null : CustomsModes.parse(customsMode),
				scope.enterpriseFilter(null));
		return new PageResult<>(enterprises.search(scope, filter, paging).stream().map(Enterprise::from).toList(),
				paging.page(), paging.size(), enterprises.count(scope, filter));
	}

	@GetMapping("/{id}")
	Enterprise get(@PathVariable String zone, @PathVariable long id) {
		return registry.find(tenancy.enter(zone, Access.READ), id);
	}

	@PostMapping
	ResponseEntity<Enterprise> create(@PathVariable String zone, @Valid @RequestBody EnterpriseForm form) {
		Enterprise created = registry.create(tenancy.enter(zone, Access.WRITE), form);
		return ResponseEntity.created(URI.create("/api/zones/" + zone + "/enterprises/" + created.id()))
			.body(created);
	}

	@PutMapping("/{id}")
	Enterprise update(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody EnterpriseForm form) {
		return registry.update(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PutMapping("/{id}/contact")
	Enterprise changeContact(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody ContactForm form) {
		return registry.changeContact(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/{id}/suspend")
	Enterprise suspend(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody StatusChange change) {
		return registry.changeStatus(tenancy.enter(zone, Access.WRITE), id, EnterpriseStatus.SUSPENDED,
				change.version());
	}

	@PostMapping("/{id}/reactivate")
	Enterprise reactivate(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody StatusChange change) {
		return registry.changeStatus(tenancy.enter(zone, Access.WRITE), id, EnterpriseStatus.ACTIVE,
				change.version());
	}

	@PostMapping("/{id}/deregister")
	Enterprise deregister(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody StatusChange change) {
		return registry.changeStatus(tenancy.enter(zone, Access.WRITE), id, EnterpriseStatus.DEREGISTERED,
				change.version());
	}

}
