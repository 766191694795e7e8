package org.zonehub.rollup;

import java.math.BigDecimal;

/**
 * A zone's figures as counts, the way they are stored and added up: an event changes them by the difference its
 * enterprise or task makes. Rates and averages are worked out from them when read ({@link ZoneFigures}).
 *
 * @param assessedEnterprises active enterprises that have an approved assessment; {@code levelA}…{@code levelD}
 *        split them by the level of their latest one, and {@code scoreSum} adds up its scores
 * @param openRectifications tasks waiting on the enterprise (open or reopened), as on the zone's overview
 */
public record Counters(int activeEnterprises, int assessedEnterprises, int levelA, int levelB, int levelC,
		int levelD, BigDecimal scoreSum, int openRectifications, int overdueRectifications) {

	static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);

	Counters plus(Counters other) {
		return new Counters(activeEnterprises + other.activeEnterprises,
				assessedEnterprises + other.assessedEnterprises, levelA + other.levelA, levelB + other.levelB,
				levelC + other.levelC, levelD + other.levelD, scoreSum.add(other.scoreSum),
				openRectifications + other.openRectifications, overdueRectifications + other.overdueRectifications);
	}

	Counters minus(Counters other) {
		return new Counters(activeEnterprises - other.activeEnterprises,
				assessedEnterprises - other.assessedEnterprises, levelA - other.levelA, levelB - other.levelB,
				levelC - other.levelC, levelD - other.levelD, scoreSum.subtract(other.scoreSum),
				openRectifications - other.openRectifications, overdueRectifications - other.overdueRectifications);
	}

	private Counters withScoreScale(int scale) {
		return new Counters(activeEnterprises, assessedEnterprises, levelA, levelB, levelC, levelD,
				scoreSum.setScale(scale), openRectifications, overdueRectifications);
	}

	/** Counters with the score sum at one decimal, as stored: for comparing what was read with what was worked out. */
	Counters normalized() {
		return withScoreScale(1);
	}

}
