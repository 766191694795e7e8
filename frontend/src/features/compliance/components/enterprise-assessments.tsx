import { Card, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useAssessments } from '@/features/compliance/api/assessments';
import { useSummaryColumns } from '@/features/compliance/components/assessments-table';
import { useI18n } from '@/lib/i18n';
import type { AssessmentSummary } from '@/types/api';

const PAGE_SIZE = 5;

type Props = { zone: string; enterpriseId: number };

/** 「合规自评」 on an enterprise's page, for its zone and ministry: its assessments, newest first, each one a link. */
export function EnterpriseAssessments({ zone, enterpriseId }: Props) {
  const { t } = useI18n();
  const texts = t.compliance;
  const column = useSummaryColumns();
  const [page, setPage] = useState(0);
  const { data, isFetching } = useAssessments(zone, { enterpriseId, page, size: PAGE_SIZE, sort: 'startedAt,desc' });

  const columns: TableColumnsType<AssessmentSummary> = [
    column.status,
    column.startedAt,
    column.submittedAt,
    column.score,
    column.level,
    {
      title: texts.field.actions,
      key: 'actions',
      render: (_, row) => (
        <Link to={paths.zoneAssessment.getHref(zone, row.id)} data-testid="open-assessment">
          {texts.list.open}
        </Link>
      ),
    },
  ];

  return (
    <Card title={texts.ofEnterprise.title} data-testid="enterprise-assessments">
      <Table<AssessmentSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching && !data}
        locale={{ emptyText: texts.ofEnterprise.empty }}
        onRow={(row) => ({ 'data-testid': 'assessment-row', 'data-id': row.id, 'data-status': row.status }) as never}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showTotal: (total) => texts.total(total),
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (next) => setPage(next - 1),
        }}
        scroll={{ x: true }}
      />
    </Card>
  );
}
