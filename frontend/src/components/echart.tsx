import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerCharts, type ComposeOption, type EChartsType } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the app draws: smaller bundle. SVG draws crisp at any zoom and needs no canvas (jsdom has none).
registerCharts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

type Props = {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the chart itself is a picture). */
  label: string;
  testId?: string;
};

/** A thin React wrapper around one ECharts instance: created on mount, updated with the option, resized with its box. */
export function EChart({ option, height = 280, label, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType>(undefined);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Without layout (jsdom, a hidden tab) the box measures 0; give ECharts a size rather than a warning.
    const instance = init(element, undefined, {
      renderer: 'svg',
      width: element.clientWidth || 480,
      height: element.clientHeight || height,
    });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
      if (element.clientWidth > 0) instance.resize({ width: element.clientWidth, height: element.clientHeight || height });
    });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
