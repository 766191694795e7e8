package org.zonehub.compliance;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.compliance.EvidenceFiles.Download;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.web.Downloads;

/** Evidence files: attached by the enterprise to an assessment item or a rectification task. */
@RestController
class EvidenceController {

	private final TenancyGuard tenancy;

	private final EvidenceFiles evidence;

	EvidenceController(TenancyGuard tenancy, EvidenceFiles evidence) {
		this.tenancy = tenancy;
		this.evidence = evidence;
	}

	@PostMapping(path = "/api/zones/{zone}/assessments/{id}/items/{code}/evidence",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Evidence attachToItem(@PathVariable String zone, @PathVariable long id, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return evidence.attachToItem(tenancy.enter(zone, Access.WRITE), id, code, file);
	}

	@PostMapping(path = "/api/zones/{zone}/rectifications/{id}/evidence",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Evidence attachToTask(@PathVariable String zone, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return evidence.attachToTask(tenancy.enter(zone, Access.WRITE), id, file);
	}

	@DeleteMapping("/api/zones/{zone}/evidence/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String zone, @PathVariable long id) {
		evidence.remove(tenancy.enter(zone, Access.WRITE), id);
	}

	/**
	 * Always a download (attachment) with the type judged at upload and {@code nosniff}, under a sandboxing CSP:
	 * an uploaded file never runs as a page of this site.
	 */
	@GetMapping("/api/zones/{zone}/evidence/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable String zone, @PathVariable long id) {
		Download file = evidence.download(tenancy.enter(zone, Access.READ), id);
		return Downloads.attachment(file.row().mediaType(), file.row().sizeBytes(), file.row().fileName(),
				file.content());
	}

}
