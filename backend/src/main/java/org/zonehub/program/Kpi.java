package org.zonehub.program;

/**
 * A KPI programs can pick: one of the ministry's dictionary ({@code national}) or one the zone added.
 *
 * @param unit one of {@code CNY, ENTERPRISE, SHOP, BRAND, SITE, WAREHOUSE, M2, PERSON_TIME, SESSION, COUNT}
 */
public record Kpi(String code, String nameZh, String nameEn, String unit, Aggregation aggregation,
		boolean national) {
}
