package org.zonehub.program;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zonehub.platform.tenancy.Access;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.web.PageRequest;
import org.zonehub.platform.web.PageResult;

/**
 * A zone's industrial-belt programs: the zone runs them, enrolled enterprises report their figures, ministry
 * reads.
 */
@RestController
@RequestMapping("/api/zones/{zone}/programs")
class ProgramController {

	private final TenancyGuard tenancy;

	private final Programs programs;

	private final Enrolments enrolments;

	private final MonthlyReporting reporting;

	private final ProgressReports progress;

	private final FigureImports imports;

	ProgramController(TenancyGuard tenancy, Programs programs, Enrolments enrolments, MonthlyReporting reporting,
			ProgressReports progress, FigureImports imports) {
		this.imports = imports;
		this.tenancy = tenancy;
		this.programs = programs;
		this.enrolments = enrolments;
		this.reporting = reporting;
		this.progress = progress;
	}

	/** An enterprise user gets the programs it is (or was) enrolled in. */
	@GetMapping
	PageResult<Program> listPrograms(@PathVariable String zone, @RequestParam(required = false) ProgramStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return programs.list(tenancy.enter(zone, Access.READ), status,
				PageRequest.of(page, size, sort, Programs.SORT_COLUMNS, "startMonth"));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Program createProgram(@PathVariable String zone, @Valid @RequestBody ProgramForm form) {
		return programs.create(tenancy.enter(zone, Access.WRITE), form);
	}

	@GetMapping("/{id}")
	Program getProgram(@PathVariable String zone, @PathVariable long id) {
		return programs.find(tenancy.enter(zone, Access.READ), id);
	}

	@PutMapping("/{id}")
	Program updateProgram(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody ProgramForm form) {
		return programs.update(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/{id}/activate")
	Program activateProgram(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody VersionForm form) {
		return programs.activate(tenancy.enter(zone, Access.WRITE), id, form.version());
	}

	@PostMapping("/{id}/close")
	Program closeProgram(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody VersionForm form) {
		return programs.close(tenancy.enter(zone, Access.WRITE), id, form.version());
	}

	@PutMapping("/{id}/kpis/{code}")
	ProgramKpi putProgramKpi(@PathVariable String zone, @PathVariable long id, @PathVariable String code,
			@Valid @RequestBody ProgramKpiForm form) {
		return programs.putKpi(tenancy.enter(zone, Access.WRITE), id, code, form);
	}

	@DeleteMapping("/{id}/kpis/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeProgramKpi(@PathVariable String zone, @PathVariable long id, @PathVariable String code) {
		programs.removeKpi(tenancy.enter(zone, Access.WRITE), id, code);
	}

	@GetMapping("/{id}/kpis/{code}/contributions")
	KpiContributions kpiContributions(@PathVariable String zone, @PathVariable long id, @PathVariable String code,
			@RequestParam(required = false) String asOf) {
		return progress.contributions(tenancy.enter(zone, Access.READ), id, code, asOf);
	}

	@GetMapping("/{id}/enrolments")
	List<Enrolment> listEnrolments(@PathVariable String zone, @PathVariable long id) {
		return enrolments.list(tenancy.enter(zone, Access.READ), id);
	}

	@PostMapping("/{id}/enrolments")
	EnrolResult enrol(@PathVariable String zone, @PathVariable long id, @Valid @RequestBody EnrolForm form) {
		return enrolments.enrol(tenancy.enter(zone, Access.WRITE), id, form);
	}

	@PostMapping("/{id}/enrolments/{enterpriseId}/leave")
	Enrolment leaveProgram(@PathVariable String zone, @PathVariable long id, @PathVariable long enterpriseId,
			@Valid @RequestBody LeaveForm form) {
		return enrolments.leave(tenancy.enter(zone, Access.WRITE), id, enterpriseId, form);
	}

	/** The monthly grid: each month's window, state and completeness. */
	@GetMapping("/{id}/months")
	List<MonthStatus> listProgramMonths(@PathVariable String zone, @PathVariable long id) {
		return reporting.months(tenancy.enter(zone, Access.READ), id);
	}

	@GetMapping("/{id}/months/{month}")
	MonthReport getProgramMonth(@PathVariable String zone, @PathVariable long id, @PathVariable String month) {
		return reporting.month(tenancy.enter(zone, Access.READ), id, month);
	}

	@PutMapping("/{id}/months/{month}/figures")
	MonthReport reportFigures(@PathVariable String zone, @PathVariable long id, @PathVariable String month,
			@Valid @RequestBody ReportForm form) {
		return reporting.report(tenancy.enter(zone, Access.WRITE), id, month, form);
	}

	@PostMapping("/{id}/months/{month}/reopen")
	MonthReport reopenMonth(@PathVariable String zone, @PathVariable long id, @PathVariable String month,
			@Valid @RequestBody ReopenForm form) {
		return reporting.reopen(tenancy.enter(zone, Access.WRITE), id, month, form);
	}

	@PostMapping("/{id}/months/{month}/confirm")
	MonthReport confirmMonth(@PathVariable String zone, @PathVariable long id, @PathVariable String month,
			@RequestBody(required = false) ConfirmForm form) {
		return reporting.confirm(tenancy.enter(zone, Access.WRITE), id, month,
				form == null ? new ConfirmForm(false) : form);
	}

	@GetMapping("/{id}/figures/{figureId}/revisions")
	List<FigureRevision> figureRevisions(@PathVariable String zone, @PathVariable long id, @PathVariable long figureId) {
		return reporting.revisions(tenancy.enter(zone, Access.READ), id, figureId);
	}

	/**
	 * Enrols the enterprises a spreadsheet lists by credit code (column 统一社会信用代码 or creditCode), from
	 * {@code month}.
	 */
	@PostMapping(path = "/{id}/enrolments/sheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	EnrolResult enrolFromSheet(@PathVariable String zone, @PathVariable long id, @RequestParam String month,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		return imports.enrolFromSheet(tenancy.enter(zone, Access.WRITE), id, month, file);
	}

	/**
	 * Imports figures from the multipart field {@code file} (.xlsx or .csv; columns 统一社会信用代码 / creditCode,
	 * 指标代码 / kpiCode, 月份 / month, 数值 / value): refused at once (400 naming {@code file}) unless it is a
	 * spreadsheet with those columns, otherwise queued (202) as a job to follow.
	 */
	@PostMapping(path = "/{id}/figure-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FigureImport> startFigureImport(@PathVariable String zone, @PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		FigureImport started = imports.start(tenancy.enter(zone, Access.WRITE), id, file);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/zones/" + zone + "/programs/" + id + "/figure-imports/" + started.id()))
			.body(started);
	}

	@GetMapping("/{id}/figure-imports")
	List<FigureImport> listFigureImports(@PathVariable String zone, @PathVariable long id) {
		return imports.list(tenancy.enter(zone, Access.READ), id);
	}

	/** One import: its progress while it runs, its counts and row errors once it has ended. */
	@GetMapping("/{id}/figure-imports/{importId}")
	FigureImport getFigureImport(@PathVariable String zone, @PathVariable long id, @PathVariable long importId) {
		return imports.find(tenancy.enter(zone, Access.READ), id, importId);
	}

	@GetMapping("/{id}/progress")
	ProgramProgress programProgress(@PathVariable String zone, @PathVariable long id,
			@RequestParam(required = false) String asOf) {
		return progress.progress(tenancy.enter(zone, Access.READ), id, asOf);
	}

}
