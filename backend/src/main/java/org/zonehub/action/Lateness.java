package org.zonehub.action;

import java.time.LocalDate;
import java.util.List;

/** The supervision lists across zones: measures late or nearly so, and reporting dates passed without a report. */
public record Lateness(LocalDate today, List<LateMeasure> lateMeasures, List<MissingReport> missingReports,
		List<ReturnedReport> returned) {

	public record LateMeasure(long assignmentId, String zone, String zoneNameZh, String zoneNameEn, String province,
			long measureId, String number, String titleZh, String titleEn, LocalDate dueDate, MeasureStatus status,
			Light light) {
	}

	public record MissingReport(long assignmentId, String zone, String zoneNameZh, String zoneNameEn,
			String province, long measureId, String number, String titleZh, String titleEn, LocalDate period) {
	}

	/** Reports ministry returned that the zone has not answered yet. */
	public record ReturnedReport(long assignmentId, String zone, String zoneNameZh, String zoneNameEn, long measureId,
			String number, String titleZh, String titleEn, LocalDate lastPeriod) {
	}

}
