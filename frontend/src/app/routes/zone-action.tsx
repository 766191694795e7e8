import { Button, Card, Space, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { canManageZone } from '@/config/roles';
import { useZoneAction, useZoneActionStep } from '@/features/actions/api/zone-actions';
import { ActionStatusTag, LightTag, MeasureStatusTag } from '@/features/actions/components/status-tags';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';
import type { Assignment } from '@/types/api';

/** One action as the zone sees it: its assignments with their states and lateness. */
export function ZoneActionPage() {
  const { t, locale } = useI18n();
  const { code = '', id = '' } = useParams();
  const { data: me } = useMe();
  const { data, error } = useZoneAction(code, Number(id));
  const launch = useZoneActionStep(code, 'launch');
  const close = useZoneActionStep(code, 'close');
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <Card loading />;
  const { action } = data;
  const own = action.owner === code && canManageZone(me, code);
  return (
    <Card
      data-testid="zone-action-page"
      title={
        <Space>
          {locale === 'en' ? action.nameEn : action.nameZh}
          <ActionStatusTag status={action.status} />
        </Space>
      }
      extra={
        own && (
          <Space>
            {action.status === 'DRAFT' && (
              <Button onClick={() => launch.mutate({ id: action.id, version: action.version })}>{t.actions.launch}</Button>
            )}
            {action.status === 'LAUNCHED' && (
              <Button onClick={() => close.mutate({ id: action.id, version: action.version })}>{t.actions.close}</Button>
            )}
          </Space>
        )
      }
    >
      <Table<Assignment>
        rowKey="id"
        dataSource={data.assignments}
        pagination={false}
        columns={[
          {
            title: t.actions.measure,
            key: 'measure',
            render: (_, row) => (
              <Link to={paths.zoneAssignment.getHref(code, row.id)} data-testid={`assignment-${row.measureNumber}`}>
                {`${row.measureNumber} ${locale === 'en' ? row.measureTitleEn : row.measureTitleZh}`}
              </Link>
            ),
          },
          { title: t.actions.dueDate, dataIndex: 'dueDate', width: 120 },
          {
            title: t.actions.status,
            key: 'status',
            render: (_, row) => (
              <Space>
                <MeasureStatusTag status={row.status} />
                <LightTag light={row.light} />
              </Space>
            ),
          },
          { title: t.actions.responsibleUnit, dataIndex: 'responsibleUnit' },
          { title: t.actions.missingReports, key: 'missing', render: (_, row) => row.missingReports.length },
        ]}
      />
    </Card>
  );
}
