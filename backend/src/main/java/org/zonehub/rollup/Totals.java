package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Figures added up over zones (the nation's, or one month's), with the rates worked out from the sums — except KPI
 * attainment, a mean over the zones that have one ({@code zonesWithAttainment}): a zone's programs are its own
 * plans, and summing plans of different zones would let the biggest decide.
 */
public record Totals(int zones, int activeEnterprises, int assessedEnterprises, BigDecimal assessedShare,
		BigDecimal complianceRate, BigDecimal averageScore, ZoneFigures.Levels levels, int openRectifications,
		int overdueRectifications, int programsActive, int programsConfirmed, BigDecimal kpiAttainment,
		int zonesWithAttainment, int measuresAssigned, int measuresDone, int measuresOverdue, int reportsMissing,
		BigDecimal actionCompletion, Instant dataAsOf) {

	static Totals of(int zones, Counters c, Activity a, Instant dataAsOf) {
		return new Totals(zones, c.activeEnterprises(), c.assessedEnterprises(),
				Rates.share(c.assessedEnterprises(), c.activeEnterprises()),
				Rates.share(c.levelA() + c.levelB(), c.activeEnterprises()),
				Rates.average(c.scoreSum(), c.assessedEnterprises()),
				new ZoneFigures.Levels(c.levelA(), c.levelB(), c.levelC(), c.levelD()), c.openRectifications(),
				c.overdueRectifications(), a.programsActive(), a.programsConfirmed(), a.kpiAttainment(),
				a.attainedZones(), a.measuresAssigned(), a.measuresDone(), a.measuresOverdue(), a.reportsMissing(),
				a.actionCompletion(), dataAsOf);
	}

}
