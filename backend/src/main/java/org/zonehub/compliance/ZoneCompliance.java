package org.zonehub.compliance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zonehub.compliance.ComplianceOverview.Count;
import org.zonehub.compliance.ComplianceOverview.LevelCount;
import org.zonehub.compliance.ComplianceOverview.StatusCount;
import org.zonehub.platform.tenancy.ZoneScope;

import java.time.Clock;

/** The zone's compliance overview (zone staff and ministry). */
@Service
class ZoneCompliance {

	private static final int MOST_UNMET = 10;

	private final OverviewMapper overview;

	private final Clock clock;

	ZoneCompliance(OverviewMapper overview, Clock clock) {
		this.overview = overview;
		this.clock = clock;
	}

	ComplianceOverview overview(ZoneScope zone) {
		zone.requireZoneStaff();
		Map<String, Long> statuses = counts(overview.byStatus(zone));
		Map<String, Long> levels = counts(overview.byLevel(zone));
		List<StatusCount> byStatus = Arrays.stream(AssessmentStatus.values())
			.map(status -> new StatusCount(status, statuses.getOrDefault(status.name(), 0L)))
			.toList();
		List<LevelCount> byLevel = Arrays.stream(Level.values())
			.map(level -> new LevelCount(level, levels.getOrDefault(level.name(), 0L)))
			.toList();
		return new ComplianceOverview(overview.activeEnterprises(zone),
				byLevel.stream().mapToLong(LevelCount::count).sum(), overview.averageScore(zone), byStatus, byLevel,
				overview.tasks(zone, LocalDate.now(clock.withZone(Assessments.CHINA))),
				overview.mostUnmet(zone, MOST_UNMET));
	}

	private static Map<String, Long> counts(List<Count> rows) {
		return rows.stream().collect(Collectors.toMap(Count::key, Count::count));
	}

}
