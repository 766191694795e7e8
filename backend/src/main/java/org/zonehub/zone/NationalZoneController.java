package org.zonehub.zone;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;
import org.zonehub.zone.ZoneRequests.CreateZoneRequest;
import org.zonehub.zone.ZoneRequests.CreatedZone;
import org.zonehub.zone.ZoneRequests.UpdateZoneRequest;
import org.zonehub.zone.ZoneRequests.ZoneFilter;

/** The ministry's registry of all zones. Only ministry reaches {@code /api/national/**} (see security). */
@RestController
@RequestMapping("/api/national/zones")
class NationalZoneController {

	/** Sort keys the API accepts, and the column each one sorts by. */
	private static final Map<String, String> SORT_COLUMNS = Map.of("code", "code", "nameZh", "name_zh", "province",
			"province", "batch", "batch", "approvedOn", "approved_on", "status", "status");

	private final ZoneMapper zones;

	private final ZoneRegistration registration;

	NationalZoneController(ZoneMapper zones, ZoneRegistration registration) {
		this.zones = zones;
		this.registration = registration;
	}

	@GetMapping
	PageResult<Zone> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) ZoneStatus status, @RequestParam(required = false) String province) {
		PageRequest paging = PageRequest.of(page, size, sort, SORT_COLUMNS, "code");
		ZoneFilter filter = new ZoneFilter(status, province == null || province.isBlank() ? null : province);
		return new PageResult<>(zones.search(filter, paging), paging.page(), paging.size(), zones.count(filter));
	}

	@PostMapping
	ResponseEntity<CreatedZone> create(@Valid @RequestBody CreateZoneRequest request) {
		CreatedZone created = registration.register(request);
		return ResponseEntity.created(URI.create("/api/zones/" + created.zone().code())).body(created);
	}

	@PatchMapping("/{code}")
	Zone change(@PathVariable String code, @Valid @RequestBody UpdateZoneRequest request) {
		return registration.change(code, request);
	}

	@GetMapping("/{code}")
	Zone get(@PathVariable String code) {
		Zone zone = zones.findByCode(code);
		if (zone == null) {
			throw ApiProblem.notFound();
		}
		return zone;
	}

}
