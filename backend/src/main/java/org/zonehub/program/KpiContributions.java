package org.zonehub.program;

import java.util.List;

/**
 * Per-enterprise contributions to one KPI up to {@code asOf}, largest first, and the enterprises taking part that
 * month that have not reported it.
 */
public record KpiContributions(String kpiCode, String asOf, List<Contribution> contributions,
		List<Contribution> notReported) {
}
