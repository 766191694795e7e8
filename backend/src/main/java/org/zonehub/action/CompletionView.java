package org.zonehub.action;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.zonehub.action.ActionRows.ActionRow;
import org.zonehub.action.ActionRows.MeasureRow;
import org.zonehub.action.ActionRows.ZoneRef;
import org.zonehub.action.AssignmentRows.AssignmentRow;
import org.zonehub.action.AssignmentRows.Reported;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.web.ApiProblem;

/**
 * Ministry's view of a national action across zones: the completion matrix, the supervision lists and the task
 * table export. Reads every zone's assignments of the action in one statement (through each zone's predicate);
 * the assignment rows carry their latest report's state, so no report is read for the matrix.
 */
@Service
class CompletionView {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ActionMapper actions;

	private final AssignmentMapper assignments;

	private final ActionCatalog catalog;

	private final Clock clock;

	CompletionView(ActionMapper actions, AssignmentMapper assignments, ActionCatalog catalog, Clock clock) {
		this.actions = actions;
		this.assignments = assignments;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** What one national read gathers: the action, its measures, the zones and their assignments. */
	private record Gathered(ActionRow action, List<MeasureRow> measures, Map<Long, ZoneRef> zones,
			List<AssignmentRow> rows, List<LocalDate> dates, Map<Long, Set<LocalDate>> reported, LocalDate today) {
	}

	Completion matrix(NationalScope national, long actionId, Long keyTaskId, String province) {
		ActionRow action = actions.findOwned(actionId, null);
		if (action == null) {
			throw ApiProblem.notFound();
		}
		List<MeasureRow> measures = actions.measures(actionId)
			.stream()
			.filter(measure -> keyTaskId == null || measure.keyTaskId() == keyTaskId)
			.toList();
		List<AssignmentRows.CellRow> rows = assignments.cells(national, actionId);
		Map<Long, ZoneRef> refs = rows.isEmpty() ? Map.of()
				: actions.zonesByIds(rows.stream().map(AssignmentRows.CellRow::zoneId).collect(Collectors.toSet()))
					.stream()
					.collect(Collectors.toMap(ZoneRef::id, Function.identity()));
		if (province != null && !province.isBlank()) {
			rows = rows.stream().filter(row -> province.equals(refs.get(row.zoneId()).province())).toList();
		}
		Map<Long, Set<LocalDate>> reported = reported(national, actionId, !rows.isEmpty());
		List<LocalDate> dates = catalog.reportingDates(action);
		LocalDate today = LocalDate.now(clock.withZone(Supervision.CHINA));
		Map<Long, Integer> column = new HashMap<>();
		for (int index = 0; index < measures.size(); index++) {
			column.put(measures.get(index).id(), index);
		}
		int width = measures.size();
		int[] measureAssigned = new int[width];
		int[] measureCompleted = new int[width];
		int[] measureOverdue = new int[width];
		Map<Long, ZoneCells> cells = new HashMap<>();
		int assignedAll = 0;
		int completed = 0;
		int overdue = 0;
		int amber = 0;
		int missing = 0;
		int returned = 0;
		for (AssignmentRows.CellRow row : rows) {
			Integer at = column.get(row.measureId());
			if (at == null) {
				continue;
			}
			Light light = Supervision.light(measures.get(at).dueDate(), row.status(), today);
			int missed = Supervision
				.missingReports(dates, reported.getOrDefault(row.id(), Set.of()), row.status(), today)
				.size();
			cells.computeIfAbsent(row.zoneId(), zone -> new ZoneCells(width)).put(at, row, light, missed);
			assignedAll++;
			measureAssigned[at]++;
			if (row.status().completes()) {
				measureCompleted[at]++;
				completed++;
			}
			if (light == Light.RED) {
				measureOverdue[at]++;
				overdue++;
			}
			amber += light == Light.AMBER ? 1 : 0;
			missing += missed;
			returned += row.returned() ? 1 : 0;
		}
		List<Completion.CompletionMeasure> columns = new ArrayList<>();
		for (int index = 0; index < width; index++) {
			MeasureRow measure = measures.get(index);
			columns.add(new Completion.CompletionMeasure(measure.id(), measure.keyTaskId(), measure.number(),
					measure.titleZh(), measure.titleEn(), measure.leadDepartment(), measure.dueDate(),
					measureAssigned[index], measureCompleted[index], rate(measureCompleted[index], measureAssigned[index]),
					measureOverdue[index]));
		}
		List<Long> zoneOrder = new ArrayList<>(cells.keySet());
		zoneOrder.sort(Comparator.comparing((Long zone) -> refs.get(zone).province())
			.thenComparing(zone -> refs.get(zone).code()));
		List<Completion.CompletionZone> zoneRows = new ArrayList<>();
		for (Long zoneId : zoneOrder) {
			zoneRows.add(cells.get(zoneId).row(refs.get(zoneId)));
		}
		List<Completion.CompletionKeyTask> tasks = actions.keyTasks(actionId)
			.stream()
			.map(task -> new Completion.CompletionKeyTask(task.id(), task.titleZh(), task.titleEn()))
			.toList();
		Set<String> provinces = new TreeSet<>();
		refs.values().forEach(zone -> provinces.add(zone.province()));
		return new Completion(actionId, action.nameZh(), action.nameEn(), action.status(), today, tasks,
				List.copyOf(provinces), columns, zoneRows, assignedAll, completed, overdue, amber, missing, returned);
	}

	/** One zone's row of the matrix while it is gathered: a character (or entry) per measure. */
	private static final class ZoneCells {

		private final char[] statuses;

		private final char[] lights;

		private final char[] returned;

		private final long[] assignmentIds;

		private final int[] missing;

		private int assigned;

		private int done;

		private int late;

		private int missed;

		ZoneCells(int width) {
			this.statuses = new char[width];
			this.lights = new char[width];
			this.returned = new char[width];
			Arrays.fill(statuses, '-');
			Arrays.fill(lights, '-');
			Arrays.fill(returned, '-');
			this.assignmentIds = new long[width];
			this.missing = new int[width];
		}

		void put(int at, AssignmentRows.CellRow row, Light light, int missedReports) {
			statuses[at] = STATUS_CODES.get(row.status());
			lights[at] = light == Light.RED ? 'R' : light == Light.AMBER ? 'A' : '-';
			returned[at] = row.returned() ? '1' : '-';
			assignmentIds[at] = row.id();
			missing[at] = missedReports;
			assigned++;
			done += row.status().completes() ? 1 : 0;
			late += light == Light.RED ? 1 : 0;
			missed += missedReports;
		}

		Completion.CompletionZone row(ZoneRef zone) {
			return new Completion.CompletionZone(zone.code(), zone.nameZh(), zone.nameEn(), zone.province(), assigned,
					done, rate(done, assigned), late, missed, new String(statuses), new String(lights),
					new String(returned), assignmentIds, missing);
		}

	}

	private static final Map<MeasureStatus, Character> STATUS_CODES = new EnumMap<>(Map.of(MeasureStatus.NOT_STARTED,
			'N', MeasureStatus.IN_PROGRESS, 'P', MeasureStatus.DONE, 'D', MeasureStatus.NOT_APPLICABLE, 'X'));

	Lateness lateness(NationalScope national, long actionId, Long keyTaskId, String province) {
		Gathered all = gather(national, actionId, keyTaskId, province);
		Set<Long> measureIds = all.measures().stream().map(MeasureRow::id).collect(Collectors.toSet());
		List<Lateness.LateMeasure> late = new ArrayList<>();
		List<Lateness.MissingReport> missing = new ArrayList<>();
		List<Lateness.ReturnedReport> returned = new ArrayList<>();
		for (AssignmentRow row : all.rows()) {
			if (!measureIds.contains(row.measureId())) {
				continue;
			}
			ZoneRef zone = all.zones().get(row.zoneId());
			Light light = Supervision.light(row.dueDate(), row.status(), all.today());
			if (light != Light.NONE) {
				late.add(new Lateness.LateMeasure(row.id(), zone.code(), zone.nameZh(), zone.nameEn(), zone.province(),
						row.measureId(), row.measureNumber(), row.measureTitleZh(), row.measureTitleEn(), row.dueDate(),
						row.status(), light));
			}
			for (LocalDate period : Supervision.missingReports(all.dates(),
					all.reported().getOrDefault(row.id(), Set.of()), row.status(), all.today())) {
				missing.add(new Lateness.MissingReport(row.id(), zone.code(), zone.nameZh(), zone.nameEn(),
						zone.province(), row.measureId(), row.measureNumber(), row.measureTitleZh(),
						row.measureTitleEn(), period));
			}
			if (row.returned()) {
				returned.add(new Lateness.ReturnedReport(row.id(), zone.code(), zone.nameZh(), zone.nameEn(),
						row.measureId(), row.measureNumber(), row.measureTitleZh(), row.measureTitleEn(),
						row.lastPeriod()));
			}
		}
		// red before amber, then by due date
		late.sort(java.util.Comparator.comparing(Lateness.LateMeasure::light)
			.reversed()
			.thenComparing(Lateness.LateMeasure::dueDate)
			.thenComparing(Lateness.LateMeasure::zone));
		missing.sort(java.util.Comparator.comparing(Lateness.MissingReport::period)
			.thenComparing(Lateness.MissingReport::zone));
		return new Lateness(all.today(), late, missing, returned);
	}

	/**
	 * The task table (任务分工表): one row per measure with its key task, lead and partner departments, the zones it
	 * went to, how far they are, and the last report date. Streamed through SXSSF (a window of rows in memory).
	 */
	void export(NationalScope national, long actionId, Long keyTaskId, String province, OutputStream out)
			throws IOException {
		Gathered all = gather(national, actionId, keyTaskId, province);
		Map<Long, String> taskTitles = actions.keyTasks(actionId)
			.stream()
			.collect(Collectors.toMap(task -> task.id(), task -> task.titleZh()));
		Map<Long, List<AssignmentRow>> byMeasure = all.rows()
			.stream()
			.collect(Collectors.groupingBy(AssignmentRow::measureId));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet("任务分工表");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			String[] header = { "序号", "重点任务", "措施", "牵头部门", "配合部门", "试点城市", "完成情况", "最近报送日期" };
			Row first = sheet.createRow(0);
			for (int column = 0; column < header.length; column++) {
				first.createCell(column).setCellValue(header[column]);
				first.getCell(column).setCellStyle(bold);
				sheet.setColumnWidth(column, (column == 2 || column == 5 ? 40 : 16) * 256);
			}
			int line = 0;
			for (MeasureRow measure : all.measures()) {
				List<AssignmentRow> rows = byMeasure.getOrDefault(measure.id(), List.of());
				Row row = sheet.createRow(++line);
				row.createCell(0).setCellValue(measure.number());
				row.createCell(1).setCellValue(taskTitles.getOrDefault(measure.keyTaskId(), ""));
				row.createCell(2).setCellValue(measure.titleZh());
				row.createCell(3).setCellValue(measure.leadDepartment());
				row.createCell(4).setCellValue(String.join("、", catalog.strings(measure.partnerDepartments())));
				row.createCell(5).setCellValue(rows.stream()
					.map(assignment -> all.zones().get(assignment.zoneId()).nameZh()
						.replace("中国（", "").replace("）跨境电子商务综合试验区", ""))
					.collect(Collectors.joining("、")));
				row.createCell(6).setCellValue(statusText(rows, all.today()));
				LocalDate last = rows.stream()
					.map(AssignmentRow::lastPeriod)
					.filter(java.util.Objects::nonNull)
					.max(LocalDate::compareTo)
					.orElse(null);
				row.createCell(7).setCellValue(last == null ? "" : last.toString());
			}
			workbook.write(out);
		}
	}

	private static String statusText(List<AssignmentRow> rows, LocalDate today) {
		Map<MeasureStatus, Long> counts = rows.stream()
			.collect(Collectors.groupingBy(AssignmentRow::status, Collectors.counting()));
		long late = rows.stream()
			.filter(row -> Supervision.light(row.dueDate(), row.status(), today) == Light.RED)
			.count();
		long complete = counts.getOrDefault(MeasureStatus.DONE, 0L) + counts.getOrDefault(MeasureStatus.NOT_APPLICABLE, 0L);
		return "完成 " + complete + "/" + rows.size() + "；推进中 " + counts.getOrDefault(MeasureStatus.IN_PROGRESS, 0L)
				+ "；未启动 " + counts.getOrDefault(MeasureStatus.NOT_STARTED, 0L) + "；逾期 " + late;
	}

	private Gathered gather(NationalScope national, long actionId, Long keyTaskId, String province) {
		ActionRow action = actions.findOwned(actionId, null);
		if (action == null) {
			throw ApiProblem.notFound();
		}
		List<MeasureRow> measures = actions.measures(actionId)
			.stream()
			.filter(measure -> keyTaskId == null || measure.keyTaskId() == keyTaskId)
			.toList();
		List<AssignmentRow> rows = assignments.ofAction(national, actionId);
		Map<Long, ZoneRef> refs = rows.isEmpty() ? Map.of()
				: actions.zonesByIds(rows.stream().map(AssignmentRow::zoneId).collect(Collectors.toSet()))
					.stream()
					.collect(Collectors.toMap(ZoneRef::id, Function.identity()));
		if (province != null && !province.isBlank()) {
			rows = rows.stream().filter(row -> province.equals(refs.get(row.zoneId()).province())).toList();
		}
		Map<Long, Set<LocalDate>> reported = reported(national, actionId, !rows.isEmpty());
		return new Gathered(action, measures, refs, rows, catalog.reportingDates(action), reported,
				LocalDate.now(clock.withZone(Supervision.CHINA)));
	}

	private Map<Long, Set<LocalDate>> reported(NationalScope national, long actionId, boolean any) {
		Map<Long, Set<LocalDate>> reported = new HashMap<>();
		if (any) {
			for (Reported report : assignments.reported(national, actionId)) {
				reported.computeIfAbsent(report.assignmentId(), id -> new java.util.HashSet<>()).add(report.period());
			}
		}
		return reported;
	}


	private static double rate(int done, int assigned) {
		return assigned == 0 ? 0 : Math.round(1000.0 * done / assigned) / 1000.0;
	}

}
