package org.zonehub.rollup;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.zonehub.platform.tenancy.NationalScope;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.platform.web.ApiProblem;
import org.zonehub.platform.web.ErrorCode;

/** Reads the figures: O(zones) rows for the nation, one row and its months for a zone. */
@Service
class NationalRollup {

	static final int MAX_MONTHS = 36;

	private final RollupMapper rollups;

	private final ZoneRollups zoneRollups;

	NationalRollup(RollupMapper rollups, ZoneRollups zoneRollups) {
		this.rollups = rollups;
		this.zoneRollups = zoneRollups;
	}

	NationalPicture nation(NationalScope national, String province, Integer batch) {
		List<ZoneFigures.Row> rows = rollups.allZones(national)
			.stream()
			.filter(row -> province == null || province.equals(row.province()))
			.filter(row -> batch == null || batch == row.batch())
			.toList();
		List<ZoneFigures.Row> counted = rows.stream().filter(ZoneFigures.Row::current).toList();
		Instant asOf = latest(rows.stream().map(ZoneFigures.Row::dataAsOf).toList());
		Counters sum = counted.stream().map(ZoneFigures.Row::counters).reduce(Counters.ZERO, Counters::plus);
		Activity activity = counted.stream().map(ZoneFigures.Row::activity).reduce(Activity.ZERO, Activity::plus);
		return new NationalPicture(Totals.of(counted.size(), sum, activity, asOf),
				rows.stream().map(ZoneFigures.Row::figures).toList(), asOf);
	}

	/** The last {@code months} months: frozen ones as published, the current one live from today's totals. */
	List<MonthFigures> nationMonths(NationalScope national, Integer months) {
		YearMonth current = YearMonth.from(zoneRollups.today());
		String from = current.minusMonths(monthsOrDefault(months) - 1L).toString();
		List<MonthFigures> series = new ArrayList<>(
				rollups.nationalMonths(national, from).stream().map(MonthFigures.Row::figures).toList());
		series.add(new MonthFigures(current.toString(), null, nation(national, null, null).totals()));
		return series;
	}

	ZonePicture zone(ZoneScope zone, Integer months) {
		zone.requireZoneStaff();
		ZoneFigures.Row row = rollups.oneZone(zone);
		ZoneFigures figures = row.figures();
		YearMonth current = YearMonth.from(zoneRollups.today());
		String from = current.minusMonths(monthsOrDefault(months) - 1L).toString();
		List<MonthFigures> series = new ArrayList<>(
				rollups.zoneMonths(zone, from).stream().map(MonthFigures.Row::figures).toList());
		series.add(new MonthFigures(current.toString(), null, Totals.of(1, row.counters(), row.activity(), figures.dataAsOf())));
		return new ZonePicture(figures, series);
	}

	private static int monthsOrDefault(Integer months) {
		if (months == null) {
			return 24;
		}
		if (months < 1 || months > MAX_MONTHS) {
			throw ApiProblem.invalid("months", ErrorCode.SIZE_OUT_OF_RANGE, MAX_MONTHS);
		}
		return months;
	}

	private static Instant latest(List<Instant> times) {
		return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

}
