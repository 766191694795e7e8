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
 * @param programsConfirmed active programs with at least one confirmed month
 * @param kpiAttainment the mean over those programs of each one's mean over its KPIs of min(actual ÷ plan to date,
 *        100 %), confirmed months only, between 0 and 1; {@code null} while no program has a confirmed month
 * @param measuresAssigned special-action measures assigned to the zone (launched and closed actions)
 * @param measuresOverdue of launched actions: not done and past their due date
 * @param reportsMissing of launched actions: reporting dates passed without a report
 * @param actionCompletion measures done (or not applicable) ÷ measures assigned; {@code null} when none is
 * @param dataAsOf the time of the latest change these figures include; {@code null} before the zone's first count
 */
public record ZoneFigures(String zoneCode, String nameZh, String nameEn, String province, int batch, ZoneStatus status,
		int activeEnterprises, int assessedEnterprises, BigDecimal assessedShare, BigDecimal complianceRate,
		BigDecimal averageScore, Levels levels, int openRectifications, int overdueRectifications, int programsActive,
		int programsConfirmed, BigDecimal kpiAttainment, int measuresAssigned, int measuresDone, int measuresOverdue,
		int reportsMissing, BigDecimal actionCompletion, Instant dataAsOf) {

	public record Levels(int a, int b, int c, int d) {
	}

	/** As read: the zone joined to its counters, which are {@code null} until its first count. */
	record Row(long zoneId, String zoneCode, String nameZh, String nameEn, String province, int batch,
			ZoneStatus zoneStatus, Integer activeEnterprises, Integer assessedEnterprises, Integer levelA, Integer levelB,
			Integer levelC, Integer levelD, BigDecimal scoreSum, Integer openRectifications,
			Integer overdueRectifications, Integer programsActive, Integer programsConfirmed, BigDecimal kpiAttainment,
			Integer measuresAssigned, Integer measuresDone, Integer measuresOverdue, Integer reportsMissing,
			Instant dataAsOf) {

		Counters counters() {
			if (activeEnterprises == null) {
				return Counters.ZERO;
			}
			return new Counters(activeEnterprises, assessedEnterprises, levelA, levelB, levelC, levelD, scoreSum,
					openRectifications, overdueRectifications);
		}

		Activity activity() {
			if (programsActive == null) {
				return Activity.ZERO;
			}
			return new Activity(programsActive, programsConfirmed,
					kpiAttainment == null ? Activity.ZERO.attainmentSum() : kpiAttainment, kpiAttainment == null ? 0 : 1,
					measuresAssigned, measuresDone, measuresOverdue, reportsMissing);
		}

		/** Approved zones and zones at work count in the national totals; revoked and merged ones are history. */
		boolean current() {
			return zoneStatus == ZoneStatus.APPROVED || zoneStatus == ZoneStatus.ACTIVE;
		}

		ZoneFigures figures() {
			Counters c = counters();
			Activity a = activity();
			return new ZoneFigures(zoneCode, nameZh, nameEn, province, batch, zoneStatus, c.activeEnterprises(),
					c.assessedEnterprises(), Rates.share(c.assessedEnterprises(), c.activeEnterprises()),
					Rates.share(c.levelA() + c.levelB(), c.activeEnterprises()),
					Rates.average(c.scoreSum(), c.assessedEnterprises()),
					new Levels(c.levelA(), c.levelB(), c.levelC(), c.levelD()), c.openRectifications(),
					c.overdueRectifications(), a.programsActive(), a.programsConfirmed(), a.kpiAttainment(),
					a.measuresAssigned(), a.measuresDone(), a.measuresOverdue(), a.reportsMissing(),
					a.actionCompletion(), dataAsOf);
		}

	}

}
