import type { ChartOption } from '@/components/echart';
import type { Locale } from '@/lib/i18n';
import type { Messages } from '@/locales/zh-CN';
import type { KpiContributions, KpiProgress, MonthStatus } from '@/types/api';
import { chartScale } from '../format';

const scaled = (value: number | null, divisor: number) => (value === null ? null : Math.round((value / divisor) * 100) / 100);

/**
 * Actual against plan by month: a flow's monthly amounts as bars with its plan, a stock's level with its planned
 * level. A month without a figure is a gap (null), never a zero bar.
 */
export function actualVsPlanOption(kpi: KpiProgress, t: Messages, locale: Locale): ChartOption {
  const { divisor, suffix } = chartScale(kpi.unit, locale);
  const texts = t.programs.progress;
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [texts.actual, texts.plan] },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: kpi.series.map((point) => point.month) },
    yAxis: { type: 'value', name: suffix },
    series: [
      {
        name: texts.actual,
        type: 'bar',
        data: kpi.series.map((point) => scaled(point.actual, divisor)),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: texts.plan,
        type: 'line',
        data: kpi.series.map((point) => scaled(point.plan, divisor)),
        itemStyle: { color: '#fa8c16' },
      },
    ],
  };
}

/** The largest contributions (at most 20), one bar each. */
export function contributionsOption(contributions: KpiContributions, unit: string, locale: Locale): ChartOption {
  const { divisor, suffix } = chartScale(unit, locale);
  const top = contributions.contributions.filter((row) => row.value !== null).slice(0, 20);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 160, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'value', name: suffix },
    yAxis: { type: 'category', inverse: true, data: top.map((row) => row.nameZh ?? String(row.enterpriseId)) },
    series: [{ type: 'bar', data: top.map((row) => scaled(row.value, divisor)), itemStyle: { color: '#52c41a' } }],
  };
}

/** Reports expected, received and on time, by month. */
export function completenessOption(months: MonthStatus[], t: Messages): ChartOption {
  const texts = t.programs;
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [texts.expected, texts.received, texts.onTime] },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months.map((month) => month.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: texts.expected, type: 'bar', data: months.map((month) => month.expected), itemStyle: { color: '#bfbfbf' } },
      { name: texts.received, type: 'bar', data: months.map((month) => month.received), itemStyle: { color: '#1677ff' } },
      { name: texts.onTime, type: 'bar', data: months.map((month) => month.onTime), itemStyle: { color: '#52c41a' } },
    ],
  };
}
