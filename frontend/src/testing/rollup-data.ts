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
      batch: 1, complianceRate: 0.0868, assessedShare: 0.0903, activeEnterprises: 288 }),
    zoneFigures({ zoneCode: 'xiamen', nameZh: '中国（厦门）跨境电子商务综合试验区', nameEn: 'China (Xiamen) CBEC Pilot Zone',
      province: '福建省', batch: 3, status: 'REVOKED', complianceRate: null, assessedShare: null, averageScore: null,
      activeEnterprises: 0, assessedEnterprises: 0, levels: { a: 0, b: 0, c: 0, d: 0 }, openRectifications: 0,
      overdueRectifications: 0, dataAsOf: null }),
  ];
}

export function months(): MonthFigures[] {
  return [
    { month: '2026-10', frozenAt: '2026-10-31T16:01:00Z', figures: totals({ complianceRate: 0.03 }) },
    { month: '2026-11', frozenAt: '2026-11-30T16:01:00Z', figures: totals({ complianceRate: 0.045 }) },
    { month: '2026-12', frozenAt: null, figures: totals() },
  ];
}

export function zonePicture(): ZonePicture {
  return { figures: zoneFigures(), months: months() };
}
