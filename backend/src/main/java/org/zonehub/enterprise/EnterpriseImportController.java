package org.zonehub.enterprise;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.PageResult;

/**
 * Bulk import of a zone's enterprises from .xlsx or .csv. The zone's administrators download the template and
 * upload files; the upload answers 202 with a job to follow. Zone staff (its administrators, ministry) read jobs.
 */
@RestController
@RequestMapping("/api/zones/{zone}/enterprise-imports")
class EnterpriseImportController {

	private final TenancyGuard tenancy;

	private final EnterpriseImports imports;

	EnterpriseImportController(TenancyGuard tenancy, EnterpriseImports imports) {
		this.tenancy = tenancy;
		this.imports = imports;
	}

	/** The template: the columns (Chinese labels; English keys work too) and one example row to replace. */
	@GetMapping("/template")
	@ApiResponse(responseCode = "200", description = "the template",
			content = { @Content(mediaType = EnterpriseSheets.XLSX, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<byte[]> importTemplate(@PathVariable String zone,
			@RequestParam(required = false, defaultValue = "xlsx") String format) {
		ZoneScope scope = tenancy.enter(zone, Access.WRITE);
		scope.requireZoneAdmin();
		String extension = format.toLowerCase(Locale.ROOT);
		if (!extension.equals("xlsx") && !extension.equals("csv")) {
			throw ApiProblem.invalid("format", ErrorCode.FILE_FORMAT);
		}
		boolean csv = extension.equals("csv");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(csv ? EnterpriseSheets.CSV : EnterpriseSheets.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("enterprise-import-template." + extension))
			.body(csv ? EnterpriseSheets.templateCsv() : EnterpriseSheets.templateXlsx());
	}

	/**
	 * Starts an import of the multipart field {@code file}. A file that is not a spreadsheet, is empty or lacks
	 * the required columns is refused at once (400 naming {@code file}); otherwise the job is queued (202).
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<EnterpriseImport> startImport(@PathVariable String zone,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		EnterpriseImport started = imports.start(tenancy.enter(zone, Access.WRITE), file);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/zones/" + zone + "/enterprise-imports/" + started.id()))
			.body(started);
	}

	/** Recent imports of the zone, newest first (without their row errors). */
	@GetMapping
	PageResult<EnterpriseImport> listImports(@PathVariable String zone, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return imports.list(tenancy.enter(zone, Access.READ), page, size);
	}

	/** One import: its progress while it runs, its counts and row errors once it has ended. */
	@GetMapping("/{id}")
	EnterpriseImport getImport(@PathVariable String zone, @PathVariable long id) {
		return imports.find(tenancy.enter(zone, Access.READ), id);
	}

	static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
