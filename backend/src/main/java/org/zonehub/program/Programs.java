package org.zonehub.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.platform.events.EntityChanged;
import org.zonehub.platform.persistence.GeneratedId;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;
import org.zonehub.platform.web.RequestIdFilter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programs and their KPIs: the zone creates a draft with its KPIs and targets, changes it, activates it (figures
 * are reported only then) and closes it. Enterprise users see the programs they are or were enrolled in; ministry
 * reads every zone's.
 */
@Service
class Programs {

	static final Map<String, String> SORT_COLUMNS = Map.of("startMonth", "p.start_month", "nameZh", "p.name_zh",
			"status", "p.status", "createdAt", "p.created_at");

	private static final TypeReference<List<BigDecimal>> PLAN = new TypeReference<>() {
	};

	private final ProgramMapper programs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	Programs(ProgramMapper programs, ApplicationEventPublisher events, Clock clock, JsonMapper json) {
		this.programs = programs;
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	// ---- the KPI dictionary and the zone's own KPIs

	List<Kpi> nationalKpis() {
		return programs.nationalKpis();
	}

	/** The dictionary and the zone's own KPIs, the dictionary first. */
	List<Kpi> kpis(ZoneScope zone) {
		List<Kpi> all = new ArrayList<>(programs.nationalKpis());
		all.addAll(programs.zoneKpis(zone));
		return all;
	}

	@Transactional
	Kpi addZoneKpi(ZoneScope zone, ZoneKpiForm form) {
		zone.requireZoneAdmin();
		if (programs.nationalKpi(form.code()) != null) {
			throw ApiProblem.invalid("code", ErrorCode.PROGRAM_KPI_NATIONAL_CODE);
		}
		try {
			programs.insertZoneKpi(zone, form, zone.caller().username(), now());
		}
		catch (DuplicateKeyException taken) {
			throw new ApiProblem(ErrorCode.PROGRAM_KPI_TAKEN, form.code());
		}
		Kpi kpi = programs.zoneKpi(zone, form.code());
		audit(zone, "zone-kpi", form.code(), "created", null, kpi);
		return kpi;
	}

	// ---- programs

	PageResult<Program> list(ZoneScope zone, ProgramStatus status, PageRequest page) {
		Long enterprise = enterpriseOnly(zone);
		return new PageResult<>(programs.list(zone, enterprise, status, page)
			.stream()
			.map(row -> row.toProgram(List.of()))
			.toList(), page.page(), page.size(), programs.count(zone, enterprise, status));
	}

	Program find(ZoneScope zone, long id) {
		ProgramRow row = row(zone, id);
		return row.toProgram(kpis(zone, id));
	}

	/** The program's row, if the caller may see it (an enterprise user: only one it is or was enrolled in). */
	ProgramRow row(ZoneScope zone, long id) {
		ProgramRow row = programs.find(zone, id, enterpriseOnly(zone));
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return row;
	}

	/** The program's row held until commit; 404 when it is not the zone's. */
	ProgramRow lock(ZoneScope zone, long id) {
		ProgramRow row = programs.lock(zone, id);
		if (row == null) {
			throw ApiProblem.notFound();
		}
		return row;
	}

	List<ProgramKpi> kpis(ZoneScope zone, long programId) {
		return programs.kpis(zone, programId).stream().map(this::kpi).toList();
	}

	@Transactional
	Program create(ZoneScope zone, ProgramForm form) {
		zone.requireZoneAdmin();
		YearMonth[] months = months(form);
		String actor = zone.caller().username();
		Instant now = now();
		ProgramRow row = new ProgramRow(null, form.nameZh().strip(), blankToNull(form.nameEn()), form.industry().strip(),
				districts(form.districts()), form.leadUnit().strip(), Months.format(months[0]),
				Months.format(months[1]), windowDays(form), ProgramStatus.DRAFT, 0, actor, now, actor, now, 0);
		List<ProgramKpiForm> kpiForms = form.kpis() == null ? List.of() : form.kpis();
		Set<String> seen = new HashSet<>();
		List<ProgramKpiRow> kpiRows = new ArrayList<>();
		for (int index = 0; index < kpiForms.size(); index++) {
			ProgramKpiForm kpiForm = kpiForms.get(index);
			String field = "kpis[" + index + "]";
			String code = kpiForm.kpiCode() == null ? null : kpiForm.kpiCode().strip();
			if (code == null || code.isEmpty()) {
				throw ApiProblem.invalid(field + ".kpiCode", ErrorCode.FIELD_REQUIRED);
			}
			if (!seen.add(code)) {
				throw ApiProblem.invalid(field + ".kpiCode", ErrorCode.PROGRAM_KPI_DUPLICATE);
			}
			kpiRows.add(kpiRow(zone, 0, code, kpiForm, row.months(), index, field, actor, now));
		}
		GeneratedId key = new GeneratedId();
		programs.insert(zone, row, key);
		for (ProgramKpiRow kpiRow : kpiRows) {
			programs.insertKpi(zone, withProgram(kpiRow, key.getId()));
		}
		Program created = find(zone, key.getId());
		audit(zone, "program", String.valueOf(created.id()), "created", null, created);
		return created;
	}

	/** Name, industry, districts, lead unit and window; the months only while a draft (plans restart as lines). */
	@Transactional
	Program update(ZoneScope zone, long id, ProgramForm form) {
		zone.requireZoneAdmin();
		requireVersion(form.version());
		ProgramRow before = lock(zone, id);
		Program shownBefore = before.toProgram(kpis(zone, id));
		if (before.status() == ProgramStatus.CLOSED) {
			throw new ApiProblem(ErrorCode.PROGRAM_CLOSED);
		}
		YearMonth[] months = months(form);
		boolean monthsChanged = !Months.format(months[0]).equals(before.startMonth())
				|| !Months.format(months[1]).equals(before.endMonth());
		if (monthsChanged && before.status() != ProgramStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.PROGRAM_NOT_DRAFT);
		}
		ProgramRow after = new ProgramRow(id, form.nameZh().strip(), blankToNull(form.nameEn()), form.industry().strip(),
				districts(form.districts()), form.leadUnit().strip(), Months.format(months[0]),
				Months.format(months[1]), windowDays(form), before.status(), before.enrolled(), before.createdBy(),
				before.createdAt(), zone.caller().username(), now(), before.version());
		if (programs.update(zone, after, form.version()) == 0) {
			throw ApiProblem.stale();
		}
		if (monthsChanged) {
			for (ProgramKpiRow kpi : programs.kpis(zone, id)) {
				ProgramKpiRow line = new ProgramKpiRow(kpi.id(), id, kpi.kpiCode(), kpi.nameZh(), kpi.nameEn(),
						kpi.unit(), kpi.aggregation(), kpi.reporter(), kpi.baseValue(), kpi.targetValue(),
						planJson(straightLine(kpi.aggregation(), kpi.baseValue(), kpi.targetValue(), after.months())),
						kpi.sortOrder(), zone.caller().username(), now(), kpi.version());
				programs.updateKpi(zone, line, kpi.version());
			}
		}
		Program changed = find(zone, id);
		audit(zone, "program", String.valueOf(id), "updated", shownBefore, changed);
		return changed;
	}

	/** Adds the KPI to the program or changes its targets (with its version); not once the program is closed. */
	@Transactional
	ProgramKpi putKpi(ZoneScope zone, long id, String code, ProgramKpiForm form) {
		zone.requireZoneAdmin();
		ProgramRow program = lock(zone, id);
		if (program.status() == ProgramStatus.CLOSED) {
			throw new ApiProblem(ErrorCode.PROGRAM_CLOSED);
		}
		List<ProgramKpiRow> current = programs.kpis(zone, id);
		ProgramKpiRow existing = current.stream().filter(kpi -> kpi.kpiCode().equals(code)).findFirst().orElse(null);
		String actor = zone.caller().username();
		if (existing == null) {
			ProgramKpiRow row = kpiRow(zone, id, code, form, program.months(), current.size(), "", actor, now());
			programs.insertKpi(zone, row);
			ProgramKpi added = kpiOf(zone, id, code);
			audit(zone, "program-kpi", id + "/" + code, "created", null, added);
			return added;
		}
		requireVersion(form.version());
		ProgramKpiRow wanted = kpiRow(zone, id, code, form, program.months(), existing.sortOrder(), "", actor, now());
		if (existing.aggregation() != wanted.aggregation() || !existing.unit().equals(wanted.unit())) {
			// the program keeps the KPI as it was picked: a changed dictionary entry does not change its meaning
			wanted = new ProgramKpiRow(existing.id(), id, code, existing.nameZh(), existing.nameEn(), existing.unit(),
					existing.aggregation(), wanted.reporter(), wanted.baseValue(), wanted.targetValue(), wanted.plan(),
					existing.sortOrder(), actor, wanted.updatedAt(), existing.version());
		}
		ProgramKpi before = kpi(existing);
		if (programs.updateKpi(zone, wanted, form.version()) == 0) {
			throw ApiProblem.stale();
		}
		ProgramKpi after = kpiOf(zone, id, code);
		audit(zone, "program-kpi", id + "/" + code, "updated", before, after);
		return after;
	}

	/** Only from a draft: an active program's KPIs have figures. */
	@Transactional
	void removeKpi(ZoneScope zone, long id, String code) {
		zone.requireZoneAdmin();
		ProgramRow program = lock(zone, id);
		if (program.status() != ProgramStatus.DRAFT) {
			throw new ApiProblem(ErrorCode.PROGRAM_NOT_DRAFT);
		}
		ProgramKpi before = kpiOf(zone, id, code);
		programs.deleteKpi(zone, id, code);
		audit(zone, "program-kpi", id + "/" + code, "removed", before, null);
	}

	@Transactional
	Program activate(ZoneScope zone, long id, int version) {
		zone.requireZoneAdmin();
		ProgramRow before = lock(zone, id);
		if (programs.kpis(zone, id).isEmpty()) {
			throw new ApiProblem(ErrorCode.PROGRAM_NO_KPIS);
		}
		Program after = move(zone, before, ProgramStatus.ACTIVE, version);
		events.publishEvent(new ProgramActivated(zone.zoneId(), zone.zoneCode(), id, after.startMonth(),
				after.endMonth(), now()));
		return after;
	}

	@Transactional
	Program close(ZoneScope zone, long id, int version) {
		zone.requireZoneAdmin();
		ProgramRow before = lock(zone, id);
		Program after = move(zone, before, ProgramStatus.CLOSED, version);
		events.publishEvent(new ProgramClosed(zone.zoneId(), zone.zoneCode(), id, now()));
		return after;
	}

	private Program move(ZoneScope zone, ProgramRow before, ProgramStatus to, int version) {
		boolean allowed = (before.status() == ProgramStatus.DRAFT && to == ProgramStatus.ACTIVE)
				|| (before.status() == ProgramStatus.ACTIVE && to == ProgramStatus.CLOSED);
		if (!allowed) {
			throw new ApiProblem(ErrorCode.ILLEGAL_TRANSITION, before.status(), to);
		}
		if (programs.move(zone, before.id(), before.status(), to, version, zone.caller().username(), now()) == 0) {
			throw ApiProblem.stale();
		}
		Program after = find(zone, before.id());
		audit(zone, "program", String.valueOf(before.id()), to == ProgramStatus.ACTIVE ? "activated" : "closed",
				before.toProgram(after.kpis()), after);
		return after;
	}

	// ---- KPI rows and plans

	private ProgramKpiRow kpiRow(ZoneScope zone, long programId, String code, ProgramKpiForm form, int months,
			int sortOrder, String field, String actor, Instant now) {
		String prefix = field.isEmpty() ? "" : field + ".";
		Kpi kpi = programs.nationalKpi(code);
		if (kpi == null) {
			kpi = programs.zoneKpi(zone, code);
		}
		if (kpi == null) {
			throw ApiProblem.invalid(prefix + "kpiCode", ErrorCode.PROGRAM_KPI_UNKNOWN, code);
		}
		List<BigDecimal> plan = form.plan() == null || form.plan().isEmpty()
				? straightLine(kpi.aggregation(), form.baseValue(), form.targetValue(), months)
				: form.plan();
		checkPlan(kpi.aggregation(), form.targetValue(), plan, months, prefix + "plan");
		return new ProgramKpiRow(null, programId, kpi.code(), kpi.nameZh(), kpi.nameEn(), kpi.unit(),
				kpi.aggregation(), form.reporter(), form.baseValue(), form.targetValue(), planJson(plan), sortOrder,
				actor, now, 0);
	}

	/**
	 * The default plan: a flow's target spread evenly over the months (the last month takes the cents the division
	 * leaves, so the plan adds up to the target exactly); a stock's level rising evenly from the base-year value to
	 * the target by the last month.
	 */
	static List<BigDecimal> straightLine(Aggregation aggregation, BigDecimal base, BigDecimal target, int months) {
		List<BigDecimal> plan = new ArrayList<>(months);
		if (aggregation == Aggregation.FLOW) {
			BigDecimal each = target.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
			for (int month = 0; month < months - 1; month++) {
				plan.add(each);
			}
			plan.add(target.subtract(each.multiply(BigDecimal.valueOf(months - 1L))));
			return plan;
		}
		BigDecimal rise = target.subtract(base);
		for (int month = 1; month <= months; month++) {
			plan.add(base.add(rise.multiply(BigDecimal.valueOf(month))
				.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP)));
		}
		return plan;
	}

	private static void checkPlan(Aggregation aggregation, BigDecimal target, List<BigDecimal> plan, int months,
			String field) {
		if (plan.size() != months) {
			throw ApiProblem.invalid(field, ErrorCode.PROGRAM_PLAN_LENGTH, months);
		}
		if (aggregation == Aggregation.FLOW) {
			BigDecimal sum = plan.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(target) != 0) {
				throw ApiProblem.invalid(field, ErrorCode.PROGRAM_PLAN_SUM, sum.toPlainString(), target.toPlainString());
			}
		}
		else if (plan.get(months - 1).compareTo(target) != 0) {
			throw ApiProblem.invalid(field, ErrorCode.PROGRAM_PLAN_END, target.toPlainString());
		}
	}

	private ProgramKpi kpiOf(ZoneScope zone, long programId, String code) {
		return kpis(zone, programId).stream()
			.filter(kpi -> kpi.kpiCode().equals(code))
			.findFirst()
			.orElseThrow(ApiProblem::notFound);
	}

	private ProgramKpi kpi(ProgramKpiRow row) {
		return new ProgramKpi(row.kpiCode(), row.nameZh(), row.nameEn(), row.unit(), row.aggregation(),
				row.reporter(), row.baseValue(), row.targetValue(), json.readValue(row.plan(), PLAN), row.version());
	}

	private String planJson(List<BigDecimal> plan) {
		return json.writeValueAsString(plan.stream().map(value -> value.setScale(2, RoundingMode.HALF_UP)).toList());
	}

	private static ProgramKpiRow withProgram(ProgramKpiRow row, long programId) {
		return new ProgramKpiRow(row.id(), programId, row.kpiCode(), row.nameZh(), row.nameEn(), row.unit(),
				row.aggregation(), row.reporter(), row.baseValue(), row.targetValue(), row.plan(), row.sortOrder(),
				row.updatedBy(), row.updatedAt(), row.version());
	}

	// ---- helpers

	private static YearMonth[] months(ProgramForm form) {
		YearMonth start = Months.parse(form.startMonth(), "startMonth");
		YearMonth end = Months.parse(form.endMonth(), "endMonth");
		if (end.isBefore(start)) {
			throw ApiProblem.invalid("endMonth", ErrorCode.PROGRAM_MONTHS_ORDER);
		}
		if (Months.index(start, end) + 1 > ProgramForm.MAX_MONTHS) {
			throw ApiProblem.invalid("endMonth", ErrorCode.PROGRAM_TOO_LONG, ProgramForm.MAX_MONTHS);
		}
		return new YearMonth[] { start, end };
	}

	private static int windowDays(ProgramForm form) {
		return form.windowDays() == null ? ProgramForm.DEFAULT_WINDOW_DAYS : form.windowDays();
	}

	private static String districts(List<String> districts) {
		if (districts == null) {
			return "";
		}
		return String.join(",", districts.stream().map(String::strip).map(d -> d.replace(",", "，")).distinct().toList());
	}

	static Long enterpriseOnly(ZoneScope zone) {
		return zone.caller().isEnterprise() ? zone.caller().enterpriseId() : null;
	}

	static void requireVersion(Integer version) {
		if (version == null) {
			throw ApiProblem.invalid("version", ErrorCode.VERSION_REQUIRED);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	void audit(ZoneScope zone, String type, String id, String action, Object before, Object after) {
		events.publishEvent(new EntityChanged(zone.zoneId(), zone.caller().username(), RequestIdFilter.current(), type,
				id, action, before, after));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
