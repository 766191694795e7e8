package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A month's figures for the trend charts: frozen ones as they stood when the month closed, and the current month
 * live ({@code frozenAt == null}).
 */
public record MonthFigures(String month, Instant frozenAt, Totals figures) {

	/** A frozen month summed over its zones. */
	record Row(String month, int zones, int activeEnterprises, int assessedEnterprises, int levelA, int levelB,
			int levelC, int levelD, BigDecimal scoreSum, int openRectifications, int overdueRectifications,
			Instant dataAsOf, Instant frozenAt) {

		MonthFigures figures() {
			Counters counters = new Counters(activeEnterprises, assessedEnterprises, levelA, levelB, levelC, levelD,
					scoreSum, openRectifications, overdueRectifications);
			return new MonthFigures(month, frozenAt, Totals.of(zones, counters, dataAsOf));
		}

	}

}
