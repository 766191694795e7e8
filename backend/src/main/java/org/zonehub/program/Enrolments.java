package org.zonehub.program;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zonehub.enterprise.EnterpriseDirectory;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/**
 * Who takes part in a program: the zone enrols enterprises of its zone (picked, by a registry filter, or from a
 * sheet of credit codes) from a month; an enterprise leaves from a month on, its past figures staying. Enrolling
 * one already in the program changes nothing (so the same list or sheet twice is harmless).
 */
@Service
class Enrolments {

	private static final int BATCH = 500;

	private final Programs programs;

	private final EnrolmentMapper enrolments;

	private final EnterpriseDirectory directory;

	private final Clock clock;

	Enrolments(Programs programs, EnrolmentMapper enrolments, EnterpriseDirectory directory, Clock clock) {
		this.programs = programs;
		this.enrolments = enrolments;
		this.directory = directory;
		this.clock = clock;
	}

	/** Zone staff see every enrolment; an enterprise user only its own. */
	List<Enrolment> list(ZoneScope zone, long programId) {
		programs.row(zone, programId);
		List<EnrolmentRow> rows = enrolments.list(zone, programId, Programs.enterpriseOnly(zone));
		Map<Long, EnterpriseDirectory.Listed> names = names(zone, rows.stream().map(EnrolmentRow::enterpriseId).toList());
		return rows.stream().map(row -> shown(row, names.get(row.enterpriseId()))).toList();
	}

	List<EnrolmentRow> rows(ZoneScope zone, long programId) {
		return enrolments.list(zone, programId, null);
	}

	EnrolmentRow row(ZoneScope zone, long programId, long enterpriseId) {
		return enrolments.find(zone, programId, enterpriseId);
	}

	@Transactional
	EnrolResult enrol(ZoneScope zone, long programId, EnrolForm form) {
		zone.requireZoneAdmin();
		ProgramRow program = programs.lock(zone, programId);
		YearMonth month = enrolmentMonth(program, form.month());
		Set<Long> wanted = new LinkedHashSet<>(form.enterpriseIds() == null ? List.of() : form.enterpriseIds());
		if (form.filter() != null) {
			EnrolForm.RegistryFilter filter = form.filter();
			wanted.addAll(directory.activeMatching(zone, blankToNull(filter.name()), blankToNull(filter.creditCodePrefix()),
					filter.kind(), filter.customsMode()));
		}
		if (wanted.isEmpty()) {
			throw ApiProblem.invalid("enterpriseIds", ErrorCode.PROGRAM_ENROL_NOTHING);
		}
		List<String> notFound = new ArrayList<>();
		List<Long> found = new ArrayList<>();
		for (List<Long> batch : batches(new ArrayList<>(wanted))) {
			Map<Long, EnterpriseDirectory.Listed> listed = names(zone, batch);
			for (Long id : batch) {
				EnterpriseDirectory.Listed enterprise = listed.get(id);
				if (enterprise == null || !enterprise.active()) {
					notFound.add(String.valueOf(id));
				}
				else {
					found.add(id);
				}
			}
		}
		return enrolFound(zone, program, month, found, notFound);
	}

	/** The enterprises of these credit codes (as a sheet gives them), each once. */
	@Transactional
	EnrolResult enrolByCreditCodes(ZoneScope zone, long programId, String monthText, Collection<String> codes) {
		zone.requireZoneAdmin();
		ProgramRow program = programs.lock(zone, programId);
		YearMonth month = enrolmentMonth(program, monthText);
		List<String> notFound = new ArrayList<>();
		List<Long> found = new ArrayList<>();
		List<String> normalized = codes.stream().map(EnterpriseDirectory::normalizeCreditCode).distinct().toList();
		for (List<String> batch : batches(normalized)) {
			Map<String, EnterpriseDirectory.Listed> byCode = directory.byCreditCodes(zone, batch)
				.stream()
				.collect(Collectors.toMap(EnterpriseDirectory.Listed::creditCode, Function.identity()));
			for (String code : batch) {
				EnterpriseDirectory.Listed enterprise = byCode.get(code);
				if (enterprise == null || !enterprise.active()) {
					notFound.add(code);
				}
				else {
					found.add(enterprise.id());
				}
			}
		}
		return enrolFound(zone, program, month, found, notFound);
	}

	private EnrolResult enrolFound(ZoneScope zone, ProgramRow program, YearMonth month, List<Long> found,
			List<String> notFound) {
		String actor = zone.caller().username();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		int enrolled = 0;
		int already = 0;
		for (List<Long> batch : batches(found)) {
			Set<Long> there = new HashSet<>(enrolments.enrolledAmong(zone, program.id(), batch));
			List<EnrolmentRow> rows = batch.stream()
				.filter(id -> !there.contains(id))
				.map(id -> new EnrolmentRow(null, program.id(), id, Months.format(month), null, actor, now, 0))
				.toList();
			already += there.size();
			if (!rows.isEmpty()) {
				enrolments.insertAll(zone, rows);
				enrolled += rows.size();
			}
		}
		EnrolResult result = new EnrolResult(enrolled, already, List.copyOf(notFound));
		programs.audit(zone, "program-enrolment", String.valueOf(program.id()), "enrolled", null,
				Map.of("month", Months.format(month), "enterpriseIds", found, "result", result));
		return result;
	}

	@Transactional
	Enrolment leave(ZoneScope zone, long programId, long enterpriseId, LeaveForm form) {
		zone.requireZoneAdmin();
		ProgramRow program = programs.lock(zone, programId);
		EnrolmentRow before = enrolments.find(zone, programId, enterpriseId);
		if (before == null) {
			throw ApiProblem.notFound();
		}
		YearMonth month = Months.parse(form.month(), "month");
		if (!month.isAfter(YearMonth.parse(before.enrolledMonth())) || month.isAfter(program.last().plusMonths(1))) {
			throw ApiProblem.invalid("month", ErrorCode.PROGRAM_LEAVE_MONTH, before.enrolledMonth());
		}
		if (enrolments.leave(zone, programId, enterpriseId, Months.format(month), form.version()) == 0) {
			throw ApiProblem.stale();
		}
		EnrolmentRow after = enrolments.find(zone, programId, enterpriseId);
		Map<Long, EnterpriseDirectory.Listed> names = names(zone, List.of(enterpriseId));
		Enrolment shown = shown(after, names.get(enterpriseId));
		programs.audit(zone, "program-enrolment", programId + "/" + enterpriseId, "left",
				shown(before, names.get(enterpriseId)), shown);
		return shown;
	}

	private static YearMonth enrolmentMonth(ProgramRow program, String text) {
		if (program.status() == ProgramStatus.CLOSED) {
			throw new ApiProblem(ErrorCode.PROGRAM_CLOSED);
		}
		YearMonth month = Months.parse(text, "month");
		if (!program.covers(month)) {
			throw ApiProblem.invalid("month", ErrorCode.PROGRAM_MONTH_OUTSIDE, program.startMonth(), program.endMonth());
		}
		return month;
	}

	Map<Long, EnterpriseDirectory.Listed> names(ZoneScope zone, Collection<Long> ids) {
		Map<Long, EnterpriseDirectory.Listed> names = new java.util.HashMap<>();
		for (List<Long> batch : batches(new ArrayList<>(new LinkedHashSet<>(ids)))) {
			directory.listed(zone, batch).forEach(listed -> names.put(listed.id(), listed));
		}
		return names;
	}

	private static Enrolment shown(EnrolmentRow row, EnterpriseDirectory.Listed enterprise) {
		return new Enrolment(row.enterpriseId(), enterprise == null ? null : enterprise.creditCode(),
				enterprise == null ? null : enterprise.nameZh(), row.enrolledMonth(), row.leftMonth(), row.enrolledBy(),
				row.enrolledAt(), row.version());
	}

	private static <T> List<List<T>> batches(List<T> all) {
		List<List<T>> batches = new ArrayList<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
		}
		return batches;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
