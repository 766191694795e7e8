package org.zonehub.program;

import java.util.List;

/** A program's progress up to {@code asOf}: each KPI against plan and target, and completeness by month. */
public record ProgramProgress(long programId, String asOf, List<KpiProgress> kpis, List<MonthStatus> months) {
}
