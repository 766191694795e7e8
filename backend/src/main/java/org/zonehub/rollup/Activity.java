package org.zonehub.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A zone's programs and special actions as counted, or their sum over zones. KPI attainment is not a count: a
 * zone's is the mean over its active programs with a confirmed month ({@code attainmentSum} with
 * {@code attainedZones} 1, or 0 and 0 while it has none), the nation's the mean over the zones that have one.
 *
 * @param programsConfirmed active programs with at least one confirmed month
 * @param measuresOverdue measures not done past their due date (red), of launched actions
 * @param reportsMissing reporting dates passed without a report, of launched actions
 */
public record Activity(int programsActive, int programsConfirmed, BigDecimal attainmentSum, int attainedZones,
		int measuresAssigned, int measuresDone, int measuresOverdue, int reportsMissing) {

	static final Activity ZERO = new Activity(0, 0, BigDecimal.ZERO.setScale(4), 0, 0, 0, 0, 0);

	Activity plus(Activity other) {
		return new Activity(programsActive + other.programsActive, programsConfirmed + other.programsConfirmed,
				attainmentSum.add(other.attainmentSum), attainedZones + other.attainedZones,
				measuresAssigned + other.measuresAssigned, measuresDone + other.measuresDone,
				measuresOverdue + other.measuresOverdue, reportsMissing + other.reportsMissing);
	}

	/** Between 0 and 1, four places; {@code null} without data. */
	BigDecimal kpiAttainment() {
		return attainedZones == 0 ? null
				: attainmentSum.divide(BigDecimal.valueOf(attainedZones), 4, RoundingMode.HALF_UP);
	}

	BigDecimal actionCompletion() {
		return Rates.share(measuresDone, measuresAssigned);
	}

	/** With the attainment at four places, as stored: for comparing what was read with what was worked out. */
	Activity normalized() {
		return new Activity(programsActive, programsConfirmed, attainmentSum.setScale(4, RoundingMode.HALF_UP),
				attainedZones, measuresAssigned, measuresDone, measuresOverdue, reportsMissing);
	}

}
