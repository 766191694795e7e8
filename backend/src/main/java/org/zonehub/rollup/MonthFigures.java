package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A month's figures for the trend charts: frozen ones as they stood when the month closed, and the current month
 * live ({@code frozenAt == null}).
 */
public record MonthFigures(String month, Instant frozenAt, Totals figures) {

	/** A frozen month summed over its zones ({@code attainmentSum} over the {@code attainedZones} that have one). */
	record Row(String month, int zones, int activeEnterprises, int assessedEnterprises, int levelA, int levelB,
			int levelC, int levelD, BigDecimal scoreSum, int openRectifications, int overdueRectifications,
			int programsActive, int programsConfirmed, BigDecimal attainmentSum, int attainedZones,
			int measuresAssigned, int measuresDone, int measuresOverdue, int reportsMissing, Instant dataAsOf,
			Instant frozenAt) {

		MonthFigures figures() {
			Counters counters = new Counters(activeEnterprises, assessedEnterprises, levelA, levelB, levelC, levelD,
					scoreSum, openRectifications, overdueRectifications);
			Activity activity = new Activity(programsActive, programsConfirmed, attainmentSum, attainedZones,
					measuresAssigned, measuresDone, measuresOverdue, reportsMissing);
			return new MonthFigures(month, frozenAt, Totals.of(zones, counters, activity, dataAsOf));
		}

	}

}
