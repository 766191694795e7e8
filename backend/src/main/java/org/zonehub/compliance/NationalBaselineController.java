package org.zonehub.compliance;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The national baseline, owned by the ministry (only ministry reaches /api/national/**). */
@RestController
@RequestMapping("/api/national/baselines")
class NationalBaselineController {

	record NewDraft(@NotBlank @Size(max = 200) String title) {
	}

	record Publication(@NotNull Integer version) {
	}

	private final BaselineMapper baselines;

	private final BaselineEditing editing;

	NationalBaselineController(BaselineMapper baselines, BaselineEditing editing) {
		this.baselines = baselines;
		this.editing = editing;
	}

	@GetMapping
	List<BaselineVersion> versions() {
		return baselines.versions();
	}

	@GetMapping("/{versionNo}")
	BaselineVersion version(@PathVariable int versionNo) {
		return editing.version(versionNo);
	}

	@GetMapping("/{versionNo}/requirements")
	List<Requirement> requirements(@PathVariable int versionNo) {
		return editing.requirements(versionNo);
	}

	@PostMapping
	ResponseEntity<BaselineVersion> startDraft(@Valid @RequestBody NewDraft draft) {
		BaselineVersion created = editing.startDraft(draft.title());
		return ResponseEntity.created(URI.create("/api/national/baselines/" + created.versionNo())).body(created);
	}

	@PutMapping("/{versionNo}/requirements/{code}")
	Requirement putRequirement(@PathVariable int versionNo,
			@PathVariable @Pattern(regexp = RequirementForm.CODE_PATTERN,
					message = "{requirement.baseline-code-format}") String code,
			@Valid @RequestBody RequirementForm form) {
		return editing.putRequirement(versionNo, code, form);
	}

	@DeleteMapping("/{versionNo}/requirements/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeRequirement(@PathVariable int versionNo, @PathVariable String code) {
		editing.removeRequirement(versionNo, code);
	}

	@PostMapping("/{versionNo}/publish")
	BaselineVersion publish(@PathVariable int versionNo, @Valid @RequestBody Publication publication) {
		return editing.publish(versionNo, publication.version());
	}

}
