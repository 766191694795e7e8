package org.zonehub.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A month's window on the zones' calendar (Asia/Shanghai), not the server's. */
class ReportingWindowTest {

	private final ReportingWindow march = new ReportingWindow(YearMonth.of(2026, 3), 10);

	@Test
	void opensWhenTheMonthEndsInShanghai() {
		// 31 March 23:30 in Shanghai is still March; 00:30 on 1 April is not, though UTC says 31 March
		assertThat(march.notYetOpen(Instant.parse("2026-03-31T15:30:00Z"))).isTrue();
		assertThat(march.notYetOpen(Instant.parse("2026-03-31T16:30:00Z"))).isFalse();
		assertThat(march.opens()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void closesAfterItsDueDayInShanghaiAndLateIsAfterIt() {
		assertThat(march.dueDay()).isEqualTo(LocalDate.of(2026, 4, 10));
		Instant lastMinute = Instant.parse("2026-04-10T15:59:00Z"); // 23:59 on the 10th in Shanghai
		Instant afterIt = Instant.parse("2026-04-10T16:01:00Z"); // 00:01 on the 11th in Shanghai, still the 10th in UTC
		assertThat(march.late(lastMinute)).isFalse();
		assertThat(march.takesEnterpriseReport(lastMinute, null)).isTrue();
		assertThat(march.late(afterIt)).isTrue();
		assertThat(march.takesEnterpriseReport(afterIt, null)).isFalse();
	}

	@Test
	void aReopenedMonthTakesTheEnterprisesReportUntilTheDayGiven() {
		Instant may2 = Instant.parse("2026-05-02T02:00:00Z");
		assertThat(march.takesEnterpriseReport(may2, LocalDate.of(2026, 5, 5))).isTrue();
		assertThat(march.takesEnterpriseReport(may2, LocalDate.of(2026, 5, 1))).isFalse();
		assertThat(march.late(may2)).isTrue();
	}

}
