import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { TaskStatusTag } from '@/features/compliance/components/status-tags';
import { useI18n } from '@/lib/i18n';
import type { RectificationTask } from '@/types/api';

type Props = {
  tasks: RectificationTask[];
  /** Given, each task's item links to the assessment it came from (not wanted on that assessment's own page). */
  zone?: string;
  showEnterprise?: boolean;
  actions?: (task: RectificationTask) => ReactNode;
  loading?: boolean;
  pagination?:
    | false
    | {
        current: number;
        pageSize: number;
        total: number;
        showTotal?: (total: number) => string;
        onChange: (page: number, size: number) => void;
      };
  testId?: string;
};

/** Rectification tasks: the item, owner, due date (overdue in red), state, the notes, and what the caller may do. */
export function TaskTable({ tasks, zone, showEnterprise, actions, loading, pagination = false, testId }: Props) {
  const { t, locale, formatDate } = useI18n();
  const texts = t.compliance;
  const columns: TableColumnsType<RectificationTask> = [
    {
      title: texts.field.item,
      key: 'item',
      render: (_, task) => {
        const title = (locale === 'en' ? task.titleEn : task.titleZh) ?? task.itemCode;
        return (
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary">{task.itemCode}</Typography.Text>
            {zone ? (
              <Link
                to={paths.zoneAssessment.getHref(zone, task.assessmentId)}
                title={texts.tasks.openAssessment}
                data-testid="task-assessment-link"
              >
                {title}
              </Link>
            ) : (
              <Typography.Text>{title}</Typography.Text>
            )}
          </Space>
        );
      },
    },
    ...(showEnterprise
      ? [{ title: texts.field.enterprise, dataIndex: 'enterpriseName', key: 'enterprise', width: 180 } as const]
      : []),
    {
      title: texts.field.answer,
      dataIndex: 'answer',
      key: 'answer',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (answer: RectificationTask['answer']) => (
        <Tag color={answer === 'NOT_COMPLIANT' ? 'red' : 'orange'}>{texts.answer[answer]}</Tag>
      ),
    },
    { title: texts.field.owner, dataIndex: 'owner', key: 'owner', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
    {
      title: texts.field.dueDate,
      key: 'dueDate',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, task) => (
        <Space size={4} wrap={false} data-testid={task.overdue ? 'task-overdue' : undefined}>
          <Typography.Text type={task.overdue ? 'danger' : undefined}>{formatDate(task.dueDate)}</Typography.Text>
          {task.overdue && <Tag color="red">{texts.tasks.overdue}</Tag>}
        </Space>
      ),
    },
    {
      title: texts.field.status,
      dataIndex: 'status',
      key: 'status',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (status) => <TaskStatusTag status={status} />,
    },
    {
      title: texts.field.fixNote,
      key: 'notes',
      width: 220,
      render: (_, task) => (
        <Space direction="vertical" size={0}>
          {task.fixNote && <Typography.Text>{task.fixNote}</Typography.Text>}
          {task.zoneComment && (
            <Typography.Text type={task.status === 'REOPENED' ? 'danger' : 'secondary'} data-testid="task-zone-comment">
              {texts.tasks.zoneComment}：{task.zoneComment}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(actions
      ? [
          {
            title: texts.field.actions,
            key: 'actions',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (_: unknown, task: RectificationTask) => actions(task),
          },
        ]
      : []),
  ];
  return (
    <Table<RectificationTask>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={tasks}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: texts.tasks.empty }}
      onRow={(task) => ({ 'data-testid': 'task-row', 'data-status': task.status, 'data-code': task.itemCode }) as never}
      data-testid={testId ?? 'task-table'}
      scroll={{ x: true }}
    />
  );
}
