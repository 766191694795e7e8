import type { KpiProgress, MonthReport, MonthStatus, Program, ProgramKpi, ProgramProgress } from '@/types/api';

/** Builders of what the server sends for programs (its field names, its codes). */
export function aProgramKpi(overrides: Partial<ProgramKpi> = {}): ProgramKpi {
  return {
    kpiCode: 'EXPORT_VALUE',
    nameZh: '跨境电商出口额',
    nameEn: 'Cross-border e-commerce export value',
    unit: 'CNY',
    aggregation: 'FLOW',
    reporter: 'ENTERPRISE',
    baseValue: 600000000,
    targetValue: 1200000000,
    plan: [100000000, 100000000, 100000000],
    version: 0,
    ...overrides,
  };
}

export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 7,
    nameZh: '宁波小家电产业带',
    nameEn: 'Ningbo small home appliances industrial belt',
    industry: '小家电',
    districts: ['慈溪市', '余姚市'],
    leadUnit: '宁波市商务局',
    startMonth: '2026-01',
    endMonth: '2026-03',
    windowDays: 10,
    status: 'ACTIVE',
    kpis: [
      aProgramKpi(),
      aProgramKpi({ kpiCode: 'OVERSEAS_WAREHOUSES', nameZh: '海外仓数量', nameEn: 'Overseas warehouses', unit: 'WAREHOUSE', aggregation: 'STOCK', baseValue: 12, targetValue: 30, plan: [18, 24, 30] }),
    ],
    enrolled: 30,
    createdBy: 'ningbo-admin',
    createdAt: '2026-01-01T00:00:00Z',
    updatedBy: 'ningbo-admin',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function aMonth(overrides: Partial<MonthStatus> = {}): MonthStatus {
  return { month: '2026-02', opens: '2026-03-01', dueDay: '2026-03-10', state: 'OPEN', confirmed: false, expected: 30, received: 21, onTime: 19, ...overrides };
}

export function aMonthReport(overrides: Partial<MonthReport> = {}): MonthReport {
  return { month: '2026-02', opens: '2026-03-01', dueDay: '2026-03-10', open: true, confirmed: false, reopenedUntil: null, figures: [], outliers: [], missing: [], ...overrides };
}

export function aKpiProgress(overrides: Partial<KpiProgress> = {}): KpiProgress {
  return {
    kpiCode: 'EXPORT_VALUE',
    nameZh: '跨境电商出口额',
    nameEn: 'Cross-border e-commerce export value',
    unit: 'CNY',
    aggregation: 'FLOW',
    reporter: 'ENTERPRISE',
    baseValue: 600000000,
    targetValue: 1200000000,
    actualToDate: 185000000,
    planToDate: 200000000,
    ofPlan: 92.5,
    ofTarget: 15.4,
    growth: null,
    status: 'AT_RISK',
    stale: 0,
    series: [
      { month: '2026-01', actual: 95000000, plan: 100000000, cumulativeActual: 95000000, cumulativePlan: 100000000, reports: 28 },
      { month: '2026-02', actual: 90000000, plan: 100000000, cumulativeActual: 185000000, cumulativePlan: 200000000, reports: 21 },
    ],
    ...overrides,
  };
}

export function aProgress(overrides: Partial<ProgramProgress> = {}): ProgramProgress {
  return { programId: 7, asOf: '2026-02', kpis: [aKpiProgress()], months: [aMonth({ month: '2026-01', state: 'CONFIRMED', confirmed: true, received: 28, onTime: 25 }), aMonth()], ...overrides };
}
