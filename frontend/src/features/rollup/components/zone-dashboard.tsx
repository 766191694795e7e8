import { Card, Col, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '@/components/echart';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { useZonePicture } from '@/features/rollup/api/rollup';
import { trendChart } from '@/features/rollup/components/national-dashboard';
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

/** 「本区总览」: the zone's own figures from the national rollup, and their trend by month. */
export function ZoneDashboard({ zone }: { zone: string }) {
  const { t, formatDateTime } = useI18n();
  const texts = t.rollup;
  const { data: picture, error } = useZonePicture(zone);
  const trend = useMemo(() => (picture ? trendChart(picture.months, t) : undefined), [picture, t]);
  const levels = useMemo(() => (picture ? levelChart(picture.figures, t) : undefined), [picture, t]);

  if (error) return <ProblemAlert error={error} />;
  if (!picture || !trend || !levels) return <PageSpinner />;
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
          <Card size="small" title={texts.trend.title}>
            <EChart option={trend} height={320} label={texts.trend.title} testId="zone-trend" />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={texts.levels}>
            <EChart option={levels} height={320} label={texts.levels} testId="zone-levels" />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
