import { Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useAssessments, type AssessmentListParams } from '@/features/compliance/api/assessments';
import { AssessmentStatusTag, LevelTag } from '@/features/compliance/components/status-tags';
import { ASSESSMENT_STATUSES, splitMinutes } from '@/features/compliance/labels';
import { useI18n } from '@/lib/i18n';
import type { AssessmentStatus, AssessmentSummary } from '@/types/api';

type Mode = 'list' | 'queue' | 'mine';

type Column = TableColumnsType<AssessmentSummary>[number];

/** The columns every list of assessments shows the same way. */
export function useSummaryColumns(): Record<'status' | 'startedAt' | 'submittedAt' | 'score' | 'level', Column> {
  const { t, formatDateTime } = useI18n();
  const texts = t.compliance;
  return {
    status: {
      title: texts.field.status,
      dataIndex: 'status',
      key: 'status',
      render: (status: AssessmentStatus) => <AssessmentStatusTag status={status} />,
    },
    startedAt: {
      title: texts.field.startedAt,
      dataIndex: 'startedAt',
      key: 'startedAt',
      render: (at: string) => formatDateTime(at),
    },
    submittedAt: {
      title: texts.field.submittedAt,
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      render: (at: string | null) => (at ? formatDateTime(at) : '–'),
    },
    score: {
      title: texts.field.score,
      dataIndex: 'score',
      key: 'score',
      render: (score: number | null) => (score === null ? '–' : score.toFixed(1)),
    },
    level: {
      title: texts.field.level,
      dataIndex: 'level',
      key: 'level',
      render: (level: AssessmentSummary['level']) => <LevelTag level={level} />,
    },
  };
}

type Props = {
  zone: string;
  mode: Mode;
  initialStatus?: AssessmentStatus;
};

/**
 * A zone's assessments: the list with a status filter, the review queue (submitted, oldest first, with how long each
 * waited) or an enterprise's own.
 */
export function AssessmentsTable({ zone, mode, initialStatus }: Props) {
  const { t } = useI18n();
  const texts = t.compliance;
  const column = useSummaryColumns();
  const [status, setStatus] = useState<AssessmentStatus | undefined>(mode === 'queue' ? 'SUBMITTED' : initialStatus);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const params: AssessmentListParams = { status, page, size };
  const { data, isFetching } = useAssessments(zone, params);

  const waited = (minutes: number | null) => (minutes === null ? '–' : texts.waited(...splitMinutes(minutes)));
  const open = (row: AssessmentSummary, label: string) => (
    <Link to={paths.zoneAssessment.getHref(zone, row.id)} data-testid="open-assessment">
      {label}
    </Link>
  );

  const columns: TableColumnsType<AssessmentSummary> = [
    ...(mode !== 'mine'
      ? [
          {
            title: texts.field.enterprise,
            key: 'enterprise',
            render: (_: unknown, row: AssessmentSummary) => (
              <Space direction="vertical" size={0}>
                {open(row, row.enterpriseName)}
                <Typography.Text type="secondary">{row.creditCode}</Typography.Text>
              </Space>
            ),
          },
        ]
      : []),
    column.status,
    column.startedAt,
    column.submittedAt,
    ...(mode === 'queue'
      ? [
          {
            title: texts.field.waiting,
            dataIndex: 'waitingMinutes',
            key: 'waiting',
            render: (minutes: number | null) => <span data-testid="waiting">{waited(minutes)}</span>,
          },
        ]
      : [
          {
            title: texts.field.progress,
            key: 'progress',
            render: (_: unknown, row: AssessmentSummary) => `${row.answered}/${row.items}`,
          },
          column.score,
          column.level,
        ]),
    {
      title: texts.field.actions,
      key: 'actions',
      render: (_, row) =>
        open(
          row,
          mode === 'queue'
            ? texts.review.open
            : mode === 'mine' && (row.status === 'DRAFT' || row.status === 'RETURNED')
              ? texts.mine.continue
              : texts.list.open,
        ),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mode === 'list' && (
        <Select<AssessmentStatus | ''>
          value={status ?? ''}
          style={{ width: 180 }}
          onChange={(value) => {
            setStatus(value || undefined);
            setPage(0);
          }}
          options={[
            { value: '', label: texts.allStatuses },
            ...ASSESSMENT_STATUSES.map((value) => ({ value, label: texts.status[value] })),
          ]}
          aria-label={texts.field.status}
          data-testid="status-filter"
        />
      )}
      <Table<AssessmentSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching && !data}
        locale={{ emptyText: mode === 'queue' ? texts.review.emptyQueue : mode === 'mine' ? texts.mine.empty : undefined }}
        onRow={(row) => ({ 'data-testid': 'assessment-row', 'data-id': row.id, 'data-status': row.status }) as never}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: data?.total ?? 0,
          showTotal: (total) => texts.total(total),
          onChange: (next, nextSize) => {
            setPage(nextSize === size ? next - 1 : 0);
            setSize(nextSize);
          },
        }}
        scroll={{ x: true }}
        data-testid={mode === 'queue' ? 'review-queue' : 'assessments-table'}
      />
    </Space>
  );
}
