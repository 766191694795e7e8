import { registerMap } from 'echarts/core';
import { useEffect, useMemo, useState } from 'react';
import { EChart, type ChartOption } from '@/components/echart';
import { PageSpinner } from '@/components/page-spinner';
import { byProvince, percent, RATE_MEASURES, type Measure } from '@/features/rollup/components/figures';
import { useI18n } from '@/lib/i18n';
import type { ZoneFigures } from '@/types/api';

/**
 * Registered under its own name, not 'china': ECharts adds a home-drawn South China Sea box to a map named 'china',
 * and this map already draws the islands and the ten-dash line where they are.
 */
const MAP_NAME = 'china-datav';

let registered: Promise<void> | undefined;

function registerChina(): Promise<void> {
  registered ??= import('@/features/rollup/map/china-geo').then(({ china }) => {
    registerMap(MAP_NAME, china as unknown as Parameters<typeof registerMap>[1]);
  });
  return registered;
}

type Props = {
  zones: ZoneFigures[];
  measure: Measure;
  /** Called with a province's name as zones record it (浙江省). */
  onProvince?: (province: string) => void;
};

/** A choropleth of China by province for one measure; provinces without a zone stay grey. */
export function ChinaMap({ zones, measure, onProvince }: Props) {
  const { t, formatNumber } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    void registerChina().then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, []);

  const option = useMemo<ChartOption>(() => {
    const values = byProvince(zones, measure);
    const rate = RATE_MEASURES.has(measure);
    const shown = (value: number | null) =>
      value === null ? t.rollup.noData : rate ? percent(value) : measure === 'averageScore' ? value.toFixed(1) : formatNumber(value);
    const numbers = [...values.values()].filter((value): value is number => value !== null);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const { name, data } = params as { name: string; data?: { raw: number | null } };
          return name ? `${name}<br/>${t.rollup.measures[measure]}：${shown(data?.raw ?? null)}` : '';
        },
      },
      visualMap: {
        type: 'continuous',
        min: rate ? 0 : Math.min(0, ...numbers),
        max: rate ? 1 : Math.max(1, ...numbers),
        left: 8,
        bottom: 8,
        calculable: false,
        inRange: { color: ['#e6f4ff', '#1677ff', '#002c8c'] },
        formatter: (value: unknown) => (rate ? percent(Number(value)) : formatNumber(Math.round(Number(value)))),
      },
      series: [
        {
          type: 'map',
          map: MAP_NAME,
          roam: false,
          nameProperty: 'name',
          itemStyle: { areaColor: '#f0f0f0', borderColor: '#8c8c8c', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
          data: [...values].map(([province, value]) => ({ name: province, value: value ?? undefined, raw: value })),
        },
      ],
    } as ChartOption;
  }, [zones, measure, t, formatNumber]);

  if (!ready) return <PageSpinner />;
  const label = [...byProvince(zones, measure)].map(([province, value]) => `${province} ${value === null ? '–' : RATE_MEASURES.has(measure) ? percent(value) : value}`).join('，');
  return <EChart option={option} height={420} label={`${t.rollup.map.title}：${label}`} testId="china-map" onClick={onProvince} />;
}
