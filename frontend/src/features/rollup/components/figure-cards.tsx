import { Card, Col, Row, Statistic, Typography } from 'antd';
import { percent } from '@/features/rollup/components/figures';
import { useI18n } from '@/lib/i18n';
import type { Totals, ZoneFigures } from '@/types/api';

type Props = {
  figures: Pick<
    ZoneFigures & Totals,
    | 'activeEnterprises'
    | 'assessedShare'
    | 'complianceRate'
    | 'averageScore'
    | 'openRectifications'
    | 'overdueRectifications'
    | 'programsActive'
    | 'programsConfirmed'
    | 'kpiAttainment'
    | 'measuresAssigned'
    | 'measuresDone'
    | 'measuresOverdue'
    | 'reportsMissing'
    | 'actionCompletion'
  >;
  /** Zones counted, shown first when given (the national totals). */
  zones?: number;
  /** Zones whose attainment the national one is the mean of (the national totals). */
  zonesWithAttainment?: number;
  /** Prefix of each card's test id: `${testIdPrefix}-active` and so on. */
  testIdPrefix: string;
};

type CardSpec = { key: string; title: string; value: string; suffix?: string; danger?: boolean };

/** The rows of headline figures the national overview and a zone's dashboard both open with. */
export function FigureCards({ figures, zones, zonesWithAttainment, testIdPrefix }: Props) {
  const { t, formatNumber } = useI18n();
  const texts = t.rollup.totals;
  const cards: CardSpec[] = [
    ...(zones === undefined ? [] : [{ key: 'zones', title: texts.zones, value: formatNumber(zones) }]),
    { key: 'active', title: texts.activeEnterprises, value: formatNumber(figures.activeEnterprises) },
    { key: 'assessed', title: texts.assessedShare, value: percent(figures.assessedShare) },
    { key: 'compliance', title: texts.complianceRate, value: percent(figures.complianceRate) },
    { key: 'score', title: texts.averageScore, value: figures.averageScore === null ? '–' : figures.averageScore.toFixed(1) },
    {
      key: 'open',
      title: texts.openRectifications,
      value: formatNumber(figures.openRectifications),
      suffix: texts.overdue(formatNumber(figures.overdueRectifications)),
      danger: true,
    },
    {
      key: 'programs',
      title: texts.programsActive,
      value: formatNumber(figures.programsActive),
      suffix: texts.programsConfirmed(formatNumber(figures.programsConfirmed)),
    },
    {
      key: 'attainment',
      title: texts.kpiAttainment,
      value: percent(figures.kpiAttainment),
      suffix: zonesWithAttainment === undefined ? undefined : texts.kpiAttainmentZones(formatNumber(zonesWithAttainment)),
    },
    {
      key: 'completion',
      title: texts.actionCompletion,
      value: percent(figures.actionCompletion),
      suffix: texts.measures(formatNumber(figures.measuresDone), formatNumber(figures.measuresAssigned)),
    },
    {
      key: 'late-measures',
      title: texts.lateMeasures,
      value: formatNumber(figures.measuresOverdue),
      suffix: texts.reportsMissing(formatNumber(figures.reportsMissing)),
      danger: true,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map(({ key, title, value, suffix, danger }) => (
        <Col key={key} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`${testIdPrefix}-${key}`}>
            <Statistic title={title} value={value} />
            {suffix && <Typography.Text type={danger ? 'danger' : 'secondary'}>{suffix}</Typography.Text>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
