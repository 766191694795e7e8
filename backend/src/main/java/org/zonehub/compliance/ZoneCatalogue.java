package org.zonehub.compliance;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.FieldProblem;
import org.zonehub.platform.web.RequestIdFilter;

/** A zone's own requirements, and the catalogue in force there: the published baseline plus them. */
@Service
class ZoneCatalogue {

	/**
	 * The catalogue an assessment is answered against.
	 *
	 * @param baseline the national version in force ({@code null} before any is published)
	 */
	record CatalogueInForce(BaselineVersion baseline, List<Requirement> requirements) {
	}

	private final BaselineMapper baselines;

	private final ZoneRequirementMapper zoneRequirements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ZoneCatalogue(BaselineMapper baselines, ZoneRequirementMapper zoneRequirements, ApplicationEventPublisher events,
			Clock clock) {
		this.baselines = baselines;
		this.zoneRequirements = zoneRequirements;
		this.events = events;
		this.clock = clock;
	}

	CatalogueInForce inForce(ZoneScope zone) {
		BaselineVersion baseline = baselines.findPublished();
		List<Requirement> requirements = new ArrayList<>();
		if (baseline != null) {
			baselines.requirements(baselines.findVersionId(baseline.versionNo()))
				.forEach(row -> requirements.add(Requirement.from(RequirementSource.BASELINE, row)));
		}
		zoneRequirements.findAll(zone, true).forEach(row -> requirements.add(Requirement.from(RequirementSource.ZONE, row)));
		return new CatalogueInForce(baseline, requirements);
	}

	List<Requirement> zoneRequirements(ZoneScope zone) {
		return zoneRequirements.findAll(zone, false).stream().map(row -> Requirement.from(RequirementSource.ZONE, row)).toList();
	}

	@Transactional
	Requirement add(ZoneScope zone, String code, RequirementForm form) {
		zone.requireZoneAdmin();
		BaselineVersion inForce = baselines.findPublished();
		if (inForce != null && baselines.requirement(baselines.findVersionId(inForce.versionNo()), code) != null) {
			throw new ApiProblem(ErrorCode.REQUIREMENT_CODE_NATIONAL,
					new FieldProblem("code", ErrorCode.REQUIREMENT_CODE_IS_NATIONAL), code);
		}
		try {
			zoneRequirements.insert(zone, code, form, Codes.ofKinds(form.appliesToKinds()),
					Codes.ofModes(form.appliesToModes()), zone.caller().username(), now());
		}
		catch (DuplicateKeyException taken) {
			throw new ApiProblem(ErrorCode.REQUIREMENT_CODE_TAKEN,
					new FieldProblem("code", ErrorCode.REQUIREMENT_CODE_IN_USE), code);
		}
		Requirement added = Requirement.from(RequirementSource.ZONE, zoneRequirements.find(zone, code));
		audit(zone, code, "created", null, added);
		return added;
	}

	@Transactional
	Requirement change(ZoneScope zone, String code, RequirementForm form) {
		zone.requireZoneAdmin();
		RequirementRow current = zoneRequirements.find(zone, code);
		if (current == null) {
			throw ApiProblem.notFound();
		}
		if (form.version() == null) {
			throw ApiProblem.invalid("version", ErrorCode.VERSION_REQUIRED);
		}
		boolean active = form.active() == null ? current.active() : form.active();
		if (zoneRequirements.update(zone, code, form, Codes.ofKinds(form.appliesToKinds()),
				Codes.ofModes(form.appliesToModes()), active, zone.caller().username(), now()) == 0) {
			throw ApiProblem.stale();
		}
		Requirement changed = Requirement.from(RequirementSource.ZONE, zoneRequirements.find(zone, code));
		audit(zone, code, "updated", Requirement.from(RequirementSource.ZONE, current), changed);
		return changed;
	}

	private void audit(ZoneScope zone, String code, String action, Requirement before, Requirement after) {
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(),
				"requirement", code, action, before, after));
	}

	private java.time.Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
