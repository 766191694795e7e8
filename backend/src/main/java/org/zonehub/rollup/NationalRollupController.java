package org.zonehub.rollup;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.TenancyGuard;

/** Ministry's national picture. Only ministry reaches {@code /api/national/**} (security, and the guard again). */
@RestController
@RequestMapping("/api/national/rollup")
class NationalRollupController {

	private final TenancyGuard tenancy;

	private final NationalRollup rollup;

	private final RollupRebuilds rebuilds;

	NationalRollupController(TenancyGuard tenancy, NationalRollup rollup, RollupRebuilds rebuilds) {
		this.tenancy = tenancy;
		this.rollup = rollup;
		this.rebuilds = rebuilds;
	}

	/** Every zone's figures and the totals; narrowed by province (its Chinese name, e.g. 浙江省) and batch. */
	@GetMapping
	NationalPicture nation(@RequestParam(required = false) String province,
			@RequestParam(required = false) Integer batch) {
		return rollup.nation(tenancy.enterNational(), province == null || province.isBlank() ? null : province,
				batch);
	}

	/** The national totals by month: the last {@code months} (default 24, at most 36), the current one live. */
	@GetMapping("/months")
	List<MonthFigures> months(@RequestParam(required = false) Integer months) {
		return rollup.nationMonths(tenancy.enterNational(), months);
	}

	/** Rebuilds every zone's current figures from the source tables, in the background; 409 while one runs. */
	@PostMapping("/rebuilds")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RollupRebuilds.Rebuild rebuild() {
		return rebuilds.start(tenancy.enterNational());
	}

	/** The latest rebuilds, newest first: the one running, if any, shows its progress. */
	@GetMapping("/rebuilds")
	List<RollupRebuilds.Rebuild> recentRebuilds() {
		return rebuilds.recent(tenancy.enterNational());
	}

	@GetMapping("/rebuilds/{id}")
	RollupRebuilds.Rebuild rebuildProgress(@PathVariable long id) {
		return rebuilds.find(tenancy.enterNational(), id);
	}

}
