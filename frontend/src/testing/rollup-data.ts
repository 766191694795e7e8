import type { MonthFigures, NationalPicture, Totals, ZoneFigures, ZonePicture } from '@/types/api';

export function zoneFigures(overrides: Partial<ZoneFigures> = {}): ZoneFigures {
  return {
    zoneCode: 'ningbo',
    nameZh: '中国（宁波）跨境电子商务综合试验区',
    nameEn: 'China (Ningbo) Cross-border E-commerce Comprehensive Pilot Zone',
    province: '浙江省',
    batch: 2,
    status: 'ACTIVE',
    activeEnterprises: 288,
    assessedEnterprises: 20,
    assessedShare: 0.0694,
    complianceRate: 0.0521,
    averageScore: 81.3,
    levels: { a: 6, b: 9, c: 4, d: 1 },
    openRectifications: 17,
    overdueRectifications: 5,
    programsActive: 2,
    programsConfirmed: 2,
    kpiAttainment: 0.8125,
    measuresAssigned: 12,
    measuresDone: 9,
    measuresOverdue: 2,
    reportsMissing: 3,
    actionCompletion: 0.75,
    dataAsOf: '2026-12-01T08:00:00Z',
    ...overrides,
  };
}

export function totals(overrides: Partial<Totals> = {}): Totals {
  return {
    zones: 2,
    activeEnterprises: 576,
    assessedEnterprises: 40,
    assessedShare: 0.0694,
    complianceRate: 0.0521,
    averageScore: 80.4,
    levels: { a: 12, b: 18, c: 8, d: 2 },
    openRectifications: 30,
    overdueRectifications: 9,
    programsActive: 3,
    programsConfirmed: 3,
    kpiAttainment: 0.7313,
    zonesWithAttainment: 2,
    measuresAssigned: 24,
    measuresDone: 15,
    measuresOverdue: 4,
    reportsMissing: 5,
    actionCompletion: 0.625,
    dataAsOf: '2026-12-01T08:00:00Z',
    ...overrides,
  };
}

export function nationalPicture(zones: ZoneFigures[] = defaultZones()): NationalPicture {
  return { totals: totals(), zones, dataAsOf: '2026-12-01T08:00:00Z' };
}

export function defaultZones(): ZoneFigures[] {
  return [
    zoneFigures(),
    zoneFigures({ zoneCode: 'hangzhou', nameZh: '中国（杭州）跨境电子商务综合试验区', nameEn: 'China (Hangzhou) CBEC Pilot Zone',
      batch: 1, complianceRate: 0.0868, assessedShare: 0.0903, activeEnterprises: 288, programsActive: 1, programsConfirmed: 1,
      kpiAttainment: 0.65, measuresDone: 6, actionCompletion: 0.5 }),
    zoneFigures({ zoneCode: 'xiamen', nameZh: '中国（厦门）跨境电子商务综合试验区', nameEn: 'China (Xiamen) CBEC Pilot Zone',
      province: '福建省', batch: 3, status: 'REVOKED', complianceRate: null, assessedShare: null, averageScore: null,
      activeEnterprises: 0, assessedEnterprises: 0, levels: { a: 0, b: 0, c: 0, d: 0 }, openRectifications: 0,
      overdueRectifications: 0, programsActive: 0, programsConfirmed: 0, kpiAttainment: null, measuresAssigned: 0,
      measuresDone: 0, measuresOverdue: 0, reportsMissing: 0, actionCompletion: null, dataAsOf: null }),
  ];
}

export function months(): MonthFigures[] {
  return [
    // a month frozen before programs and actions were counted: no attainment, no completion
    { month: '2026-10', frozenAt: '2026-10-31T16:01:00Z', figures: totals({ complianceRate: 0.03, kpiAttainment: null, zonesWithAttainment: 0, actionCompletion: null }) },
    { month: '2026-11', frozenAt: '2026-11-30T16:01:00Z', figures: totals({ complianceRate: 0.045 }) },
    { month: '2026-12', frozenAt: null, figures: totals() },
  ];
}

export function zonePicture(): ZonePicture {
  return { figures: zoneFigures(), months: months() };
}
