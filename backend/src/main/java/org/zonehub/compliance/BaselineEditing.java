package org.zonehub.compliance;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.tenancy.CurrentCaller;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * The ministry edits the national baseline as a draft copied from the version in force, then publishes it; the
 * published version becomes superseded. Published and superseded versions never change, so an assessment started
 * on one keeps exactly the requirements it was started with.
 */
@Service
class BaselineEditing {

	private final BaselineMapper baselines;

	private final CurrentCaller caller;

	private final Clock clock;

	BaselineEditing(BaselineMapper baselines, CurrentCaller caller, Clock clock) {
		this.baselines = baselines;
		this.caller = caller;
		this.clock = clock;
	}

	BaselineVersion version(int versionNo) {
		BaselineVersion version = baselines.findVersion(versionNo);
		if (version == null) {
			throw ApiProblem.notFound();
		}
		return version;
	}

	List<Requirement> requirements(int versionNo) {
		version(versionNo);
		return baselines.requirements(baselines.findVersionId(versionNo))
			.stream()
			.map(row -> Requirement.from(RequirementSource.BASELINE, row))
			.toList();
	}

	@Transactional
	BaselineVersion startDraft(String title) {
		List<BaselineVersion> versions = baselines.versions();
		if (versions.stream().anyMatch(v -> v.status() == BaselineStatus.DRAFT)) {
			throw new ApiProblem(ErrorCode.BASELINE_DRAFT_EXISTS);
		}
		int next = versions.stream().mapToInt(BaselineVersion::versionNo).max().orElse(0) + 1;
		baselines.insertVersion(next, title.trim(), caller.get().username(),
				clock.instant().truncatedTo(ChronoUnit.MILLIS));
		BaselineVersion inForce = baselines.findPublished();
		if (inForce != null) {
			baselines.copyRequirements(baselines.findVersionId(inForce.versionNo()), baselines.findVersionId(next));
		}
		return version(next);
	}

	@Transactional
	Requirement putRequirement(int versionNo, String code, RequirementForm form) {
		long versionId = draft(versionNo);
		baselines.upsertRequirement(versionId, code, form, Codes.ofKinds(form.appliesToKinds()),
				Codes.ofModes(form.appliesToModes()));
		return Requirement.from(RequirementSource.BASELINE, baselines.requirement(versionId, code));
	}

	@Transactional
	void removeRequirement(int versionNo, String code) {
		if (baselines.deleteRequirement(draft(versionNo), code) == 0) {
			throw ApiProblem.notFound();
		}
	}

	@Transactional
	BaselineVersion publish(int versionNo, int expectedVersion) {
		BaselineVersion draft = version(versionNo);
		long versionId = draft(versionNo);
		if (draft.requirementCount() == 0) {
			throw new ApiProblem(ErrorCode.BASELINE_EMPTY);
		}
		baselines.supersedePublished();
		if (baselines.publish(versionId, caller.get().username(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
				expectedVersion) == 0) {
			throw ApiProblem.stale();
		}
		return version(versionNo);
	}

	/** The id of a draft version; any other status is frozen (409). */
	private long draft(int versionNo) {
		if (version(versionNo).status() != BaselineStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.BASELINE_FROZEN, versionNo);
		}
		return baselines.findVersionId(versionNo);
	}

}
