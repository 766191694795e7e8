package org.zonehub.enterprise;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.ExportSlots;
import org.zonehub.platform.web.PageRequest;

/**
 * The registry's current filtered list as an .xlsx with the import template's columns, for zone staff (the
 * zone's administrators and ministry). Rows stream from the database into the workbook, which keeps only a window
 * of them in memory; at most one sheet's worth, and a few exports at a time ({@link ExportSlots}).
 */
@RestController
class EnterpriseExportController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** One sheet of Excel holds 1,048,576 rows, the header among them. */
	static final int MAX_ROWS = 1_048_575;

	private final TenancyGuard tenancy;

	private final EnterpriseMapper enterprises;

	private final Clock clock;

	private final ExportSlots slots;

	EnterpriseExportController(TenancyGuard tenancy, EnterpriseMapper enterprises, Clock clock, ExportSlots slots) {
		this.tenancy = tenancy;
		this.enterprises = enterprises;
		this.clock = clock;
		this.slots = slots;
	}

	/** Takes the list's filters and sort; the file is named after the zone and the day, e.g. enterprises-ningbo-20261127.xlsx. */
	@GetMapping("/api/zones/{zone}/enterprises/export")
	@ApiResponse(responseCode = "200", description = "the workbook",
			content = @Content(mediaType = EnterpriseSheets.XLSX, schema = @Schema(type = "string", format = "binary")))
	void exportEnterprises(@PathVariable String zone, @RequestParam(required = false) String name,
			@RequestParam(required = false) String creditCode, @RequestParam(required = false) EnterpriseKind kind,
			@RequestParam(required = false) EnterpriseStatus status,
			@RequestParam(required = false) String customsMode, @RequestParam(required = false) String sort,
			HttpServletResponse response) throws IOException {
		ZoneScope scope = tenancy.enter(zone, Access.READ);
		scope.requireZoneStaff();
		PageRequest order = PageRequest.of(null, null, sort, EnterpriseController.SORT_COLUMNS, "nameZh");
		EnterpriseFilter filter = new EnterpriseFilter(EnterpriseRegistry.blankToNull(name),
				CreditCode.normalize(EnterpriseRegistry.blankToNull(creditCode)), kind, status,
				customsMode == null || customsMode.isBlank() ? null : CustomsModes.parse(customsMode), null);
		if (enterprises.count(scope, filter) > MAX_ROWS) {
			throw new ApiProblem(ErrorCode.EXPORT_TOO_LARGE, MAX_ROWS);
		}
		try (ExportSlots.Slot slot = slots.acquire(); EnterpriseSheets.Export export = new EnterpriseSheets.Export()) {
			enterprises.stream(scope, filter, order, export);
			String day = LocalDate.now(clock.withZone(CHINA)).format(DateTimeFormatter.BASIC_ISO_DATE);
			response.setContentType(EnterpriseSheets.XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					EnterpriseImportController.attachment("enterprises-" + scope.zoneCode() + "-" + day + ".xlsx"));
			export.write(response.getOutputStream());
		}
	}

}
