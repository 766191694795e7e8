import { Card, Col, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '@/components/echart';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { useZonePicture } from '@/features/rollup/api/rollup';
import { TrendCard } from '@/features/rollup/components/national-dashboard';
import { FigureCards } from '@/features/rollup/components/figure-cards';
import { useI18n } from '@/lib/i18n';
import type { ZoneFigures } from '@/types/api';

const LEVEL_PALETTE = { a: '#52c41a', b: '#1677ff', c: '#fa8c16', d: '#f5222d' } as const;

export function levelChart(figures: ZoneFigures, t: ReturnType<typeof useI18n>['t']): ChartOption {
  const levels = (['a', 'b', 'c', 'd'] as const).map((level) => ({
    name: t.compliance.levelTag(level.toUpperCase() as 'A' | 'B' | 'C' | 'D'),
    value: figures.levels[level],
    itemStyle: { color: LEVEL_PALETTE[level] },
  }));
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data: levels, label: { formatter: '{b}: {c}' } }],
  };
}

/** The zone's special-action measures: done and not, and of those not done the overdue; reports missing beside. */
export function actionChart(figures: ZoneFigures, t: ReturnType<typeof useI18n>['t']): ChartOption {
  const texts = t.rollup.actions;
  const bars = [
    { name: texts.done, value: figures.measuresDone, color: '#52c41a' },
    { name: texts.open, value: figures.measuresAssigned - figures.measuresDone, color: '#1677ff' },
    { name: texts.overdue, value: figures.measuresOverdue, color: '#f5222d' },
    { name: texts.reportsMissing, value: figures.reportsMissing, color: '#fa8c16' },
  ];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: bars.map((bar) => bar.name).reverse() },
    series: [
      {
        type: 'bar',
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.color } })).reverse(),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** 「本区总览」: the zone's own figures from the national rollup, and their trend by month. */
export function ZoneDashboard({ zone }: { zone: string }) {
  const { t, formatDateTime } = useI18n();
  const texts = t.rollup;
  const { data: picture, error } = useZonePicture(zone);
  const levels = useMemo(() => (picture ? levelChart(picture.figures, t) : undefined), [picture, t]);
  const measures = useMemo(() => (picture ? actionChart(picture.figures, t) : undefined), [picture, t]);

  if (error) return <ProblemAlert error={error} />;
  if (!picture || !levels || !measures) return <PageSpinner />;
  const figures = picture.figures;
  return (
    <Flex vertical gap="middle" data-testid="zone-dashboard">
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {texts.zoneTitle}
        </Typography.Title>
        {figures.dataAsOf && <Typography.Text type="secondary">{texts.dataAsOf(formatDateTime(figures.dataAsOf))}</Typography.Text>}
      </Flex>
      <FigureCards figures={figures} testIdPrefix="zone" />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <TrendCard months={picture.months} height={320} testId="zone-trend" />
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={texts.levels}>
            <EChart option={levels} height={320} label={texts.levels} testId="zone-levels" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={texts.actions.title}>
            <EChart option={measures} height={220} label={texts.actions.title} testId="zone-actions" />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
