import { Alert, Card, Col, Empty, Flex, Row, Segmented, Statistic, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { EChart } from '@/components/echart';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n';
import type { KpiProgress, Program } from '@/types/api';
import { useContributions, useProgress } from '../api/programs';
import { formatValue, percent } from '../format';
import { actualVsPlanOption, completenessOption, contributionsOption } from './charts';

const LIGHT_COLOR: Record<string, string> = { ON_TRACK: 'green', AT_RISK: 'orange', BEHIND: 'red' };

/** Progress per KPI against plan and target, with its charts, contributions and completeness by month. */
export function ProgressPanel({ zone, program }: { zone: string; program: Program }) {
  const { t, locale } = useI18n();
  const texts = t.programs.progress;
  const { data: progress, error } = useProgress(zone, program.id);
  const [kpiCode, setKpiCode] = useState<string>();
  const chosen = kpiCode ?? progress?.kpis[0]?.kpiCode;
  const kpi = progress?.kpis.find((row) => row.kpiCode === chosen);
  const contributions = useContributions(zone, program.id, kpi?.reporter === 'ENTERPRISE' ? chosen : undefined);
  const name = (row: KpiProgress) => (locale === 'zh-CN' ? row.nameZh : row.nameEn);
  const actualVsPlan = useMemo(() => (kpi ? actualVsPlanOption(kpi, t, locale) : undefined), [kpi, t, locale]);
  const completeness = useMemo(() => (progress ? completenessOption(progress.months, t) : undefined), [progress, t]);
  const byEnterprise = useMemo(
    () => (contributions.data && kpi ? contributionsOption(contributions.data, kpi.unit, locale) : undefined),
    [contributions.data, kpi, locale],
  );
  if (error) return <ProblemAlert error={error} />;
  if (!progress) return null;
  if (progress.kpis.length === 0) return <Empty />;
  const value = (row: KpiProgress, n: number | null) => formatValue(n, row.unit, locale, t.programs.units[row.unit]);
  return (
    <Flex vertical gap="middle" data-testid="progress-panel">
      <Typography.Text type="secondary">
        {texts.asOf(progress.asOf)} · {texts.thresholds}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        {progress.kpis.map((row) => (
          <Col key={row.kpiCode} xs={24} md={12} xl={8}>
            <Card
              size="small"
              title={name(row)}
              extra={<Tag color={LIGHT_COLOR[row.status]}>{texts.lights[row.status]}</Tag>}
              onClick={() => setKpiCode(row.kpiCode)}
              style={{ cursor: 'pointer', borderColor: row.kpiCode === chosen ? '#1677ff' : undefined }}
              data-testid={`progress-${row.kpiCode}`}
            >
              <Flex gap="large" wrap>
                <Statistic title={texts.actualToDate} value={value(row, row.actualToDate)} valueStyle={{ fontSize: 18 }} />
                <Statistic title={texts.planToDate} value={value(row, row.planToDate)} valueStyle={{ fontSize: 18 }} />
                <Statistic title={texts.ofPlan} value={percent(row.ofPlan, locale)} valueStyle={{ fontSize: 18 }} />
                <Statistic title={texts.ofTarget} value={percent(row.ofTarget, locale)} valueStyle={{ fontSize: 18 }} />
                <Statistic title={texts.growth} value={percent(row.growth, locale)} valueStyle={{ fontSize: 18 }} />
              </Flex>
              {row.stale > 0 && <Alert type="warning" banner message={texts.stale(row.stale)} />}
            </Card>
          </Col>
        ))}
      </Row>
      {kpi && actualVsPlan && (
        <Card
          size="small"
          title={texts.chartActualVsPlan(name(kpi))}
          extra={
            <Segmented
              value={chosen}
              onChange={(code) => setKpiCode(String(code))}
              options={progress.kpis.map((row) => ({ value: row.kpiCode, label: name(row) }))}
            />
          }
        >
          <EChart
            option={actualVsPlan}
            label={`${texts.chartActualVsPlan(name(kpi))}：${kpi.series
              .map((point) => `${point.month} ${value(kpi, point.actual)} / ${value(kpi, point.plan)}`)
              .join('，')}`}
            testId="chart-actual-vs-plan"
          />
        </Card>
      )}
      {kpi && byEnterprise && contributions.data && (
        <Card size="small" title={texts.chartContributions(name(kpi))}>
          <EChart option={byEnterprise} label={texts.chartContributions(name(kpi))} height={360} testId="chart-contributions" />
          {contributions.data.notReported.length > 0 && (
            <Typography.Paragraph type="secondary">
              {texts.notReported}：{contributions.data.notReported.map((row) => row.nameZh ?? row.enterpriseId).join('、')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {completeness && (
        <Card size="small" title={texts.chartCompleteness}>
          <EChart
            option={completeness}
            label={`${texts.chartCompleteness}：${progress.months
              .map((month) => `${month.month} ${month.received}/${month.expected}`)
              .join('，')}`}
            testId="chart-completeness"
          />
        </Card>
      )}
    </Flex>
  );
}
