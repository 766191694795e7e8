package org.zonehub.compliance;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;

/**
 * Self-assessments: the enterprise starts, answers and submits; the zone comments, returns or approves; ministry
 * reads. The review queue is the list with {@code status=SUBMITTED}, oldest submission first.
 */
@RestController
class AssessmentController {

	private static final Map<String, String> SORT_COLUMNS = Map.of("submittedAt", "a.submitted_at", "startedAt",
			"a.started_at", "decidedAt", "a.decided_at", "enterpriseName", "e.name_zh", "score", "a.score");

	private final TenancyGuard tenancy;

	private final Assessments assessments;

	AssessmentController(TenancyGuard tenancy, Assessments assessments) {
		this.tenancy = tenancy;
		this.assessments = assessments;
	}

	@GetMapping("/api/zones/{zone}/assessments")
	PageResult<AssessmentSummary> list(@PathVariable String zone,
			@RequestParam(required = false) AssessmentStatus status,
			@RequestParam(required = false) Long enterpriseId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		String order = sort != null ? sort : status == AssessmentStatus.SUBMITTED ? "submittedAt,asc" : "startedAt,desc";
		return assessments.list(tenancy.enter(zone, Access.READ), status, enterpriseId,
				PageRequest.of(page, size, order, SORT_COLUMNS, "startedAt"));
	}

	@PostMapping("/api/zones/{zone}/enterprises/{enterpriseId}/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	Assessment start(@PathVariable String zone, @PathVariable long enterpriseId) {
		return assessments.start(tenancy.enter(zone, Access.WRITE), enterpriseId);
	}

	@GetMapping("/api/zones/{zone}/assessments/{id}")
	Assessment get(@PathVariable String zone, @PathVariable long id) {
		return assessments.find(tenancy.enter(zone, Access.READ), id);
	}

	@PutMapping("/api/zones/{zone}/assessments/{id}/answers")
	Assessment saveAnswers(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody AnswersForm form) {
		return assessments.saveAnswers(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/api/zones/{zone}/assessments/{id}/submit")
	Assessment submit(@PathVariable String zone, @PathVariable long id) {
		return assessments.submit(tenancy.enter(zone, Access.WRITE), id);
	}

	@PutMapping("/api/zones/{zone}/assessments/{id}/items/{code}/review-comment")
	Assessment comment(@PathVariable String zone, @PathVariable long id, @PathVariable String code,
			@Valid @RequestBody ReviewCommentForm form) {
		return assessments.comment(tenancy.enter(zone, Access.WRITE), id, code, form);
	}

	@PostMapping("/api/zones/{zone}/assessments/{id}/return")
	Assessment returnForChanges(@PathVariable String zone, @PathVariable long id,
			@Valid @RequestBody DecisionForm form) {
		return assessments.returnForChanges(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/api/zones/{zone}/assessments/{id}/approve")
	Assessment approve(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody DecisionForm form) {
		return assessments.approve(tenancy.enter(zone, Access.WRITE), id, form);
	}

}
