import type { Messages } from '@/locales/zh-CN';
import type { ZoneFigures } from '@/types/api';

/** What the map colours and the table ranks by: each measure from a zone's figures, summed per province. */
export type Measure = keyof Messages['rollup']['measures'];

export const MEASURES: Measure[] = [
  'complianceRate',
  'assessedShare',
  'averageScore',
  'activeEnterprises',
  'openRectifications',
  'kpiAttainment',
  'actionCompletion',
];

export const RATE_MEASURES: ReadonlySet<Measure> = new Set(['complianceRate', 'assessedShare', 'kpiAttainment', 'actionCompletion']);

/** A share (0–1) as a percentage with one decimal; no data stays visibly no data. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(1)}%`;
}

type Sums = {
  active: number;
  assessed: number;
  compliant: number;
  scoreSum: number;
  open: number;
  attainmentSum: number;
  attainedZones: number;
  assigned: number;
  done: number;
};

const empty = (): Sums => ({ active: 0, assessed: 0, compliant: 0, scoreSum: 0, open: 0, attainmentSum: 0, attainedZones: 0, assigned: 0, done: 0 });

function add(sums: Sums, zone: ZoneFigures): Sums {
  return {
    active: sums.active + zone.activeEnterprises,
    assessed: sums.assessed + zone.assessedEnterprises,
    compliant: sums.compliant + zone.levels.a + zone.levels.b,
    scoreSum: sums.scoreSum + (zone.averageScore ?? 0) * zone.assessedEnterprises,
    open: sums.open + zone.openRectifications,
    attainmentSum: sums.attainmentSum + (zone.kpiAttainment ?? 0),
    attainedZones: sums.attainedZones + (zone.kpiAttainment === null ? 0 : 1),
    assigned: sums.assigned + zone.measuresAssigned,
    done: sums.done + zone.measuresDone,
  };
}

function value(sums: Sums, measure: Measure): number | null {
  switch (measure) {
    case 'complianceRate':
      return sums.active === 0 ? null : sums.compliant / sums.active;
    case 'assessedShare':
      return sums.active === 0 ? null : sums.assessed / sums.active;
    case 'averageScore':
      return sums.assessed === 0 ? null : sums.scoreSum / sums.assessed;
    case 'activeEnterprises':
      return sums.active;
    case 'openRectifications':
      return sums.open;
    case 'kpiAttainment':
      // as the national total: a mean over the zones that have one (each zone's plans are its own)
      return sums.attainedZones === 0 ? null : sums.attainmentSum / sums.attainedZones;
    case 'actionCompletion':
      return sums.assigned === 0 ? null : sums.done / sums.assigned;
  }
}

/**
 * The measure per province, from the counts of its zones (rates are recomputed from the sums, never averaged —
 * except KPI attainment, a mean over the zones with one, as the national total is), keyed by the province's name
 * as zones record it (浙江省).
 */
export function byProvince(zones: ZoneFigures[], measure: Measure): Map<string, number | null> {
  const sums = new Map<string, Sums>();
  for (const zone of zones) {
    if (zone.status !== 'ACTIVE' && zone.status !== 'APPROVED') continue;
    sums.set(zone.province, add(sums.get(zone.province) ?? empty(), zone));
  }
  return new Map([...sums].map(([province, total]) => [province, value(total, measure)]));
}
