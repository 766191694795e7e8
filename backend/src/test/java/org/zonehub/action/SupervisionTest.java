package org.zonehub.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lateness on the zones' calendar: Asia/Shanghai is UTC+8, so its midnight is 16:00 UTC the day before. */
class SupervisionTest {

	private static LocalDate todayAt(String utc) {
		return LocalDate.now(Clock.fixed(Instant.parse(utc), ZoneOffset.UTC).withZone(Supervision.CHINA));
	}

	@Test
	void aMeasureTurnsRedAtShanghaiMidnightAfterItsDueDate() {
		LocalDate due = LocalDate.of(2025, 6, 30);
		// 2025-06-30 23:59:59 in Shanghai: still the due date, amber
		assertThat(Supervision.light(due, MeasureStatus.IN_PROGRESS, todayAt("2025-06-30T15:59:59Z")))
			.isEqualTo(Light.AMBER);
		// 2025-07-01 00:00:00 in Shanghai (still June 30 in UTC): red
		assertThat(Supervision.light(due, MeasureStatus.IN_PROGRESS, todayAt("2025-06-30T16:00:00Z")))
			.isEqualTo(Light.RED);
	}

	@Test
	void amberStartsThreeDaysBeforeTheDueDateAtShanghaiMidnight() {
		LocalDate due = LocalDate.of(2025, 6, 30);
		assertThat(Supervision.light(due, MeasureStatus.NOT_STARTED, todayAt("2025-06-26T15:59:59Z")))
			.isEqualTo(Light.NONE);
		assertThat(Supervision.light(due, MeasureStatus.NOT_STARTED, todayAt("2025-06-26T16:00:00Z")))
			.isEqualTo(Light.AMBER);
	}

	@Test
	void aCompleteMeasureIsNeverLate() {
		LocalDate due = LocalDate.of(2025, 6, 30);
		assertThat(Supervision.light(due, MeasureStatus.DONE, LocalDate.of(2025, 12, 1))).isEqualTo(Light.NONE);
		assertThat(Supervision.light(due, MeasureStatus.NOT_APPLICABLE, LocalDate.of(2025, 12, 1)))
			.isEqualTo(Light.NONE);
	}

	@Test
	void aReportIsMissingFromShanghaiMidnightAfterTheReportingDate() {
		List<LocalDate> dates = List.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31));
		assertThat(Supervision.missingReports(dates, Set.of(), MeasureStatus.IN_PROGRESS,
				todayAt("2025-04-30T15:59:59Z")))
			.isEmpty();
		assertThat(Supervision.missingReports(dates, Set.of(), MeasureStatus.IN_PROGRESS,
				todayAt("2025-04-30T16:00:00Z")))
			.containsExactly(LocalDate.of(2025, 4, 30));
		assertThat(Supervision.missingReports(dates, Set.of(LocalDate.of(2025, 4, 30)), MeasureStatus.IN_PROGRESS,
				LocalDate.of(2025, 6, 1)))
			.containsExactly(LocalDate.of(2025, 5, 31));
		assertThat(Supervision.missingReports(dates, Set.of(), MeasureStatus.DONE, LocalDate.of(2025, 6, 1)))
			.isEmpty();
	}

	@Test
	void aReportIsDueSoonWithinThreeDaysOfItsDate() {
		List<LocalDate> dates = List.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31));
		assertThat(Supervision.reportDueSoon(dates, Set.of(), MeasureStatus.IN_PROGRESS, LocalDate.of(2025, 4, 26)))
			.isNull();
		assertThat(Supervision.reportDueSoon(dates, Set.of(), MeasureStatus.IN_PROGRESS, LocalDate.of(2025, 4, 27)))
			.isEqualTo(LocalDate.of(2025, 4, 30));
		assertThat(Supervision.reportDueSoon(dates, Set.of(LocalDate.of(2025, 4, 30)), MeasureStatus.IN_PROGRESS,
				LocalDate.of(2025, 4, 28)))
			.isNull();
	}

	@Test
	void monthlyReportingDatesAreMonthEndsCutToTheWindow() {
		assertThat(Supervision.reportingDates(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 15), null))
			.containsExactly(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 30),
					LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 15));
		assertThat(Supervision.reportingDates(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30),
				List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 6, 15))))
			.containsExactly(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 9, 30));
	}

}
