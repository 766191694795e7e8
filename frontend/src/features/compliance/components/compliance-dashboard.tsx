import { Alert, Card, Col, Empty, Flex, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '@/components/echart';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { useComplianceOverview } from '@/features/compliance/api/overview';
import { ASSESSMENT_STATUSES, LEVELS } from '@/features/compliance/labels';
import { useI18n } from '@/lib/i18n';
import type { ComplianceOverview } from '@/types/api';

const STATUS_PALETTE = { DRAFT: '#bfbfbf', SUBMITTED: '#1677ff', RETURNED: '#fa8c16', APPROVED: '#52c41a' } as const;
const LEVEL_PALETTE = { A: '#52c41a', B: '#1677ff', C: '#fa8c16', D: '#f5222d' } as const;

/** The chart options, built from the overview: kept apart from the rendering so tests can read them. */
export function dashboardCharts(overview: ComplianceOverview, t: ReturnType<typeof useI18n>['t'], locale: string) {
  const texts = t.compliance.dashboard;

  const byStatus = ASSESSMENT_STATUSES.map((status) => ({
    name: t.compliance.status[status],
    value: overview.byStatus.find((row) => row.status === status)?.count ?? 0,
    itemStyle: { color: STATUS_PALETTE[status] },
  }));
  const byLevel = LEVELS.map((level) => ({
    name: t.compliance.levelTag(level),
    value: overview.byLevel.find((row) => row.level === level)?.count ?? 0,
    itemStyle: { color: LEVEL_PALETTE[level] },
  }));
  const tasks = [
    { name: texts.open, value: overview.rectifications.open, itemStyle: { color: '#fa8c16' } },
    { name: texts.overdue, value: overview.rectifications.overdue, itemStyle: { color: '#f5222d' } },
    { name: texts.submitted, value: overview.rectifications.submitted, itemStyle: { color: '#1677ff' } },
    { name: texts.verified, value: overview.rectifications.verified, itemStyle: { color: '#52c41a' } },
  ];
  // Most unmet first at the top of a horizontal bar chart: ECharts draws categories bottom-up.
  const unmet = [...overview.mostUnmet].reverse();
  const unmetNames = unmet.map((row) => (locale === 'en' ? (row.titleEn ?? row.code) : (row.titleZh ?? row.code)));

  const status: ChartOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', name: texts.byStatus, radius: ['40%', '68%'], center: ['50%', '45%'], data: byStatus,
      label: { formatter: '{b}: {c}' } }],
  };
  const level: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: byLevel.map((row) => row.name) },
    yAxis: { type: 'value', minInterval: 1, name: texts.enterprises },
    series: [{ type: 'bar', name: texts.enterprises, data: byLevel.map(({ value, itemStyle }) => ({ value, itemStyle })),
      label: { show: true, position: 'top' } }],
  };
  const rectifications: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 44 },
    xAxis: { type: 'category', data: tasks.map((row) => row.name), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1, name: texts.tasks },
    series: [{ type: 'bar', name: texts.tasks, data: tasks.map(({ value, itemStyle }) => ({ value, itemStyle })),
      label: { show: true, position: 'top' } }],
  };
  const mostUnmet: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: unmetNames,
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', stack: 'unmet', name: texts.notCompliant, data: unmet.map((row) => row.notCompliant), itemStyle: { color: '#f5222d' } },
      { type: 'bar', stack: 'unmet', name: texts.partly, data: unmet.map((row) => row.partly), itemStyle: { color: '#fa8c16' } },
    ],
  };
  return { status, level, rectifications, mostUnmet, byStatus, byLevel, tasks, unmetNames };
}

type Props = { zone: string; readOnly: boolean };

/** 「合规看板」: the zone's compliance at a glance — KPI cards and four charts. */
export function ComplianceDashboard({ zone, readOnly }: Props) {
  const { t, locale, formatNumber } = useI18n();
  const texts = t.compliance.dashboard;
  const { data: overview, error } = useComplianceOverview(zone);
  const charts = useMemo(() => (overview ? dashboardCharts(overview, t, locale) : undefined), [overview, t, locale]);

  if (error) return <ProblemAlert error={error} />;
  if (!overview || !charts) return <PageSpinner />;

  const share = overview.activeEnterprises === 0 ? 0 : (overview.assessedEnterprises * 100) / overview.activeEnterprises;
  const summary = (rows: { name: string; value: number }[]) => rows.map((row) => `${row.name} ${row.value}`).join('，');
  const chartCard = (title: string, option: ChartOption, label: string, testId: string, height?: number, empty = false) => (
    <Card size="small" title={title} data-testid={`${testId}-card`}>
      {empty ? <Empty description={texts.noData} /> : <EChart option={option} label={`${title}：${label}`} testId={testId} height={height} />}
    </Card>
  );

  return (
    <Flex vertical gap="middle" data-testid="compliance-dashboard">
      {readOnly && <Alert type="warning" showIcon banner message={texts.readOnly} />}
      <Row gutter={[16, 16]}>
        {[
          { key: 'active', title: texts.activeEnterprises, value: formatNumber(overview.activeEnterprises) },
          { key: 'assessed', title: texts.assessed, value: formatNumber(overview.assessedEnterprises) },
          { key: 'share', title: texts.shareAssessed, value: `${share.toFixed(1)}%` },
          {
            key: 'average',
            title: texts.averageScore,
            value: overview.averageScore === null ? '–' : overview.averageScore.toFixed(1),
          },
        ].map(({ key, title, value }) => (
          <Col key={key} xs={12} lg={6}>
            <Card size="small" data-testid={`kpi-${key}`}>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          {chartCard(texts.byStatus, charts.status, summary(charts.byStatus), 'chart-status')}
        </Col>
        <Col xs={24} lg={12}>
          {chartCard(texts.byLevel, charts.level, summary(charts.byLevel), 'chart-level')}
        </Col>
        <Col xs={24} lg={12}>
          {chartCard(texts.rectifications, charts.rectifications, summary(charts.tasks), 'chart-rectifications')}
        </Col>
        <Col xs={24} lg={12}>
          {chartCard(
            texts.mostUnmet,
            charts.mostUnmet,
            overview.mostUnmet
              .map((row) => `${locale === 'en' ? row.titleEn : row.titleZh} ${row.notCompliant + row.partly}`)
              .join('，'),
            'chart-unmet',
            Math.max(280, overview.mostUnmet.length * 32 + 60),
            overview.mostUnmet.length === 0,
          )}
        </Col>
      </Row>
    </Flex>
  );
}
