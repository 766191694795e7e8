package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;

/** Figures added up over zones (the nation's, or one month's), with the rates worked out from the sums. */
public record Totals(int zones, int activeEnterprises, int assessedEnterprises, BigDecimal assessedShare,
		BigDecimal complianceRate, BigDecimal averageScore, ZoneFigures.Levels levels, int openRectifications,
		int overdueRectifications, Instant dataAsOf) {

	static Totals of(int zones, Counters c, Instant dataAsOf) {
		return new Totals(zones, c.activeEnterprises(), c.assessedEnterprises(),
				Rates.share(c.assessedEnterprises(), c.activeEnterprises()),
				Rates.share(c.levelA() + c.levelB(), c.activeEnterprises()),
				Rates.average(c.scoreSum(), c.assessedEnterprises()),
				new ZoneFigures.Levels(c.levelA(), c.levelB(), c.levelC(), c.levelD()), c.openRectifications(),
				c.overdueRectifications(), dataAsOf);
	}

}
