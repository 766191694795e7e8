import { Alert, Button, Card, Col, Flex, Progress, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { EChart, type ChartOption } from '@/components/echart';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useNationalMonths, useNationalPicture, useRebuilds, useStartRebuild } from '@/features/rollup/api/rollup';
import { ChinaMap } from '@/features/rollup/components/china-map';
import { MEASURES, percent, type Measure } from '@/features/rollup/components/figures';
import { ZoneStatusTag } from '@/components/zone-status-tag';
import { FigureCards } from '@/features/rollup/components/figure-cards';
import { useI18n } from '@/lib/i18n';
import type { MonthFigures, ZoneFigures } from '@/types/api';

/** The rates a trend can draw as lines. */
export type TrendMeasure = 'complianceRate' | 'assessedShare' | 'kpiAttainment' | 'actionCompletion';

export const TREND_MEASURES: TrendMeasure[] = ['complianceRate', 'assessedShare', 'kpiAttainment', 'actionCompletion'];

const DEFAULT_TREND: TrendMeasure[] = ['complianceRate', 'assessedShare'];

/** The trend chart: the chosen rates as lines on the left axis, active enterprises as bars on the right. */
export function trendChart(
  months: MonthFigures[],
  t: ReturnType<typeof useI18n>['t'],
  lines: TrendMeasure[] = DEFAULT_TREND,
): ChartOption {
  const texts = t.rollup;
  const label = (month: MonthFigures) => (month.frozenAt === null ? `${month.month}${texts.trend.live}` : month.month);
  const rate = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 56, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: months.map(label) },
    yAxis: [
      { type: 'value', name: `${texts.trend.rate} %`, min: 0, max: 100 },
      { type: 'value', name: texts.trend.enterprises, minInterval: 1 },
    ],
    series: [
      ...lines.map((measure) => ({
        type: 'line' as const,
        name: texts.measures[measure],
        // a month without data is a gap in the line, not a fall to 0
        data: months.map((m) => rate(m.figures[measure])),
      })),
      {
        type: 'bar',
        name: texts.measures.activeEnterprises,
        yAxisIndex: 1,
        data: months.map((m) => m.figures.activeEnterprises),
        itemStyle: { color: '#d9d9d9' },
      },
    ],
  };
}

/** Top or bottom zones by compliance rate, best at the top. */
export function rankingChart(zones: ZoneFigures[], top: boolean, locale: string): ChartOption {
  const ranked = zones
    .filter((zone) => zone.complianceRate !== null)
    .sort((a, b) => (top ? b.complianceRate! - a.complianceRate! : a.complianceRate! - b.complianceRate!))
    .slice(0, 5)
    .reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: ranked.map((zone) => (locale === 'en' ? zone.nameEn : zone.nameZh)) },
    series: [
      {
        type: 'bar',
        data: ranked.map((zone) => Math.round(zone.complianceRate! * 1000) / 10),
        itemStyle: { color: top ? '#52c41a' : '#fa8c16' },
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

/** The trend over the months given, with a chooser of the rates it draws. */
export function TrendCard({ months, height, testId }: { months: MonthFigures[] | undefined; height: number; testId: string }) {
  const { t } = useI18n();
  const texts = t.rollup;
  const [lines, setLines] = useState<TrendMeasure[]>(DEFAULT_TREND);
  const trend = useMemo(() => (months ? trendChart(months, t, lines) : undefined), [months, t, lines]);
  return (
    <Card
      size="small"
      title={texts.trend.title}
      extra={
        <Select<TrendMeasure[]>
          mode="multiple"
          aria-label={texts.trend.measures}
          value={lines}
          onChange={setLines}
          maxTagCount="responsive"
          style={{ minWidth: 220 }}
          options={TREND_MEASURES.map((value) => ({ value, label: texts.measures[value] }))}
          data-testid={`${testId}-measures`}
        />
      }
    >
      {trend && <EChart option={trend} height={height} label={texts.trend.title} testId={testId} />}
    </Card>
  );
}

function RebuildControl() {
  const { t, formatDateTime } = useI18n();
  const texts = t.rollup.rebuild;
  const { data: rebuilds } = useRebuilds();
  const start = useStartRebuild();
  const latest = rebuilds?.[0];
  const running = latest && latest.finishedAt === null;
  return (
    <Space wrap data-testid="rollup-rebuild">
      <Button onClick={() => start.mutate()} loading={start.isPending} disabled={Boolean(running)}>
        {texts.start}
      </Button>
      {running && (
        <Space>
          <Progress type="line" style={{ width: 160 }} percent={Math.floor((latest.zonesDone * 100) / latest.zonesTotal)} />
          <Typography.Text>{texts.running(latest.zonesDone, latest.zonesTotal)}</Typography.Text>
        </Space>
      )}
      {latest && !running && latest.finishedAt && (
        <Typography.Text type="secondary">{texts.finished(formatDateTime(latest.finishedAt))}</Typography.Text>
      )}
      {latest && latest.zonesFailed > 0 && <Tag color="red">{texts.failed(latest.zonesFailed)}</Tag>}
      {start.error && <ProblemAlert error={start.error} />}
    </Space>
  );
}

/**
 * 「全国总览」: ministry's home — national totals, a map by province, the trend over 24 months, the best and worst
 * zones, and every zone's figures in a table whose rows open the zone's own dashboard. Every number says its time.
 */
export function NationalDashboard() {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const texts = t.rollup;
  const navigate = useNavigate();
  const [province, setProvince] = useState<string>();
  const [batch, setBatch] = useState<number>();
  const [measure, setMeasure] = useState<Measure>('complianceRate');
  const { data: picture, error } = useNationalPicture({ province, batch });
  const { data: all } = useNationalPicture({});
  const { data: months } = useNationalMonths(24);

  if (error) return <ProblemAlert error={error} />;
  if (!picture) return <PageSpinner />;

  const totals = picture.totals;
  const provinces = [...new Set((all ?? picture).zones.map((zone) => zone.province))].sort();
  const batches = [...new Set((all ?? picture).zones.map((zone) => zone.batch))].sort((a, b) => a - b);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value));
  // zones without data (null) sort below every zone with some
  const sorter = (key: Measure) => (a: ZoneFigures, b: ZoneFigures) => (a[key] ?? -1) - (b[key] ?? -1);
  const columns: ColumnsType<ZoneFigures> = [
    {
      title: texts.table.zone,
      key: 'zone',
      render: (_, zone) => (
        <Space direction="vertical" size={0}>
          <Typography.Link>{locale === 'en' ? zone.nameEn : zone.nameZh}</Typography.Link>
          <Typography.Text type="secondary">{zone.zoneCode}</Typography.Text>
        </Space>
      ),
      sorter: (a, b) => a.zoneCode.localeCompare(b.zoneCode),
    },
    { title: texts.table.province, dataIndex: 'province', sorter: (a, b) => a.province.localeCompare(b.province, 'zh-CN') },
    { title: texts.table.batch, dataIndex: 'batch', render: (value: number) => texts.table.batchValue(value), sorter: (a, b) => a.batch - b.batch },
    {
      title: texts.table.status,
      dataIndex: 'status',
      render: (status: ZoneFigures['status']) => (
        <Space size={4}>
          <ZoneStatusTag status={status} />
          {status !== 'ACTIVE' && status !== 'APPROVED' && <Typography.Text type="secondary">{texts.table.notCounted}</Typography.Text>}
        </Space>
      ),
    },
    { title: texts.table.activeEnterprises, dataIndex: 'activeEnterprises', align: 'right', render: number, sorter: sorter('activeEnterprises') },
    { title: texts.table.assessedShare, dataIndex: 'assessedShare', align: 'right', render: percent, sorter: sorter('assessedShare') },
    {
      title: texts.table.complianceRate,
      dataIndex: 'complianceRate',
      align: 'right',
      render: percent,
      sorter: sorter('complianceRate'),
      defaultSortOrder: 'descend',
    },
    {
      title: texts.table.averageScore,
      dataIndex: 'averageScore',
      align: 'right',
      render: (value: number | null) => (value === null ? '–' : value.toFixed(1)),
      sorter: sorter('averageScore'),
    },
    { title: texts.table.openRectifications, dataIndex: 'openRectifications', align: 'right', render: number, sorter: sorter('openRectifications') },
    {
      title: texts.table.overdueRectifications,
      dataIndex: 'overdueRectifications',
      align: 'right',
      render: (value: number) => (value > 0 ? <Typography.Text type="danger">{formatNumber(value)}</Typography.Text> : '0'),
      sorter: (a, b) => a.overdueRectifications - b.overdueRectifications,
    },
    { title: texts.table.kpiAttainment, dataIndex: 'kpiAttainment', align: 'right', render: percent, sorter: sorter('kpiAttainment') },
    { title: texts.table.actionCompletion, dataIndex: 'actionCompletion', align: 'right', render: percent, sorter: sorter('actionCompletion') },
  ];

  return (
    <Flex vertical gap="middle" data-testid="national-dashboard">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {texts.nationalTitle}
        </Typography.Title>
        <Space wrap>
          {picture.dataAsOf && <Typography.Text type="secondary" data-testid="data-as-of">{texts.dataAsOf(formatDateTime(picture.dataAsOf))}</Typography.Text>}
          <RebuildControl />
        </Space>
      </Flex>
      <FigureCards figures={totals} zones={totals.zones} zonesWithAttainment={totals.zonesWithAttainment} testIdPrefix="national" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={texts.map.title}
            extra={
              <Select<Measure>
                aria-label={texts.map.measure}
                value={measure}
                onChange={setMeasure}
                style={{ width: 160 }}
                options={MEASURES.map((value) => ({ value, label: texts.measures[value] }))}
              />
            }
          >
            <ChinaMap zones={(all ?? picture).zones} measure={measure} onProvince={(name) => setProvince(name)} />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }} data-testid="map-source">
              {texts.map.source}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <TrendCard months={months} height={360} testId="national-trend" />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={texts.ranking.top}>
            <EChart option={rankingChart(picture.zones, true, locale)} height={220} label={texts.ranking.top} testId="ranking-top" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={texts.ranking.bottom}>
            <EChart option={rankingChart(picture.zones, false, locale)} height={220} label={texts.ranking.bottom} testId="ranking-bottom" />
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder={texts.table.allProvinces}
            aria-label={texts.table.province}
            value={province}
            onChange={setProvince}
            style={{ width: 180 }}
            options={provinces.map((value) => ({ value, label: value }))}
            data-testid="filter-province"
          />
          <Select
            allowClear
            placeholder={texts.table.allBatches}
            aria-label={texts.table.batch}
            value={batch}
            onChange={setBatch}
            style={{ width: 140 }}
            options={batches.map((value) => ({ value, label: texts.table.batchValue(value) }))}
          />
        </Space>
        {picture.zones.length === 0 ? (
          <Alert type="info" message={texts.noData} />
        ) : (
          <Table<ZoneFigures>
            rowKey="zoneCode"
            size="small"
            columns={columns}
            dataSource={picture.zones}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 1300 }}
            onRow={(zone) => ({ onClick: () => navigate(paths.zoneHome.getHref(zone.zoneCode)), style: { cursor: 'pointer' } })}
            data-testid="national-zones-table"
          />
        )}
      </Card>
    </Flex>
  );
}
