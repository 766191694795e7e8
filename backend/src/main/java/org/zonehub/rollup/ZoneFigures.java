package org.zonehub.rollup;

import java.math.BigDecimal;
import java.time.Instant;

import org.zonehub.zone.ZoneStatus;

/**
 * One zone's figures as the national table and the zone's dashboard show them.
 *
 * @param assessedShare active enterprises with an approved assessment ÷ active enterprises
 * @param complianceRate active enterprises whose latest approved assessment is level A or B ÷ active enterprises
 * @param averageScore of the latest approved assessments of the active enterprises
 * @param dataAsOf the time of the latest change these figures include; {@code null} before the zone's first count
 */
public record ZoneFigures(String zoneCode, String nameZh, String nameEn, String province, int batch, ZoneStatus status,
		int activeEnterprises, int assessedEnterprises, BigDecimal assessedShare, BigDecimal complianceRate,
		BigDecimal averageScore, Levels levels, int openRectifications, int overdueRectifications, Instant dataAsOf) {

	public record Levels(int a, int b, int c, int d) {
	}

	/** As read: the zone joined to its counters, which are {@code null} until its first count. */
	record Row(long zoneId, String zoneCode, String nameZh, String nameEn, String province, int batch,
			ZoneStatus zoneStatus, Integer activeEnterprises, Integer assessedEnterprises, Integer levelA, Integer levelB,
			Integer levelC, Integer levelD, BigDecimal scoreSum, Integer openRectifications,
			Integer overdueRectifications, Instant dataAsOf) {

		Counters counters() {
			if (activeEnterprises == null) {
				return Counters.ZERO;
			}
			return new Counters(activeEnterprises, assessedEnterprises, levelA, levelB, levelC, levelD, scoreSum,
					openRectifications, overdueRectifications);
		}

		/** Approved zones and zones at work count in the national totals; revoked and merged ones are history. */
		boolean current() {
			return zoneStatus == ZoneStatus.APPROVED || zoneStatus == ZoneStatus.ACTIVE;
		}

		ZoneFigures figures() {
			Counters c = counters();
			return new ZoneFigures(zoneCode, nameZh, nameEn, province, batch, zoneStatus, c.activeEnterprises(),
					c.assessedEnterprises(), Rates.share(c.assessedEnterprises(), c.activeEnterprises()),
					Rates.share(c.levelA() + c.levelB(), c.activeEnterprises()),
					Rates.average(c.scoreSum(), c.assessedEnterprises()),
					new Levels(c.levelA(), c.levelB(), c.levelC(), c.levelD()), c.openRectifications(),
					c.overdueRectifications(), dataAsOf);
		}

	}

}
