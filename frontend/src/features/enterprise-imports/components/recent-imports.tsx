import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useImportJobs } from '@/features/enterprise-imports/api/imports';
import { ImportStatusTag } from '@/features/enterprise-imports/components/import-status-tag';
import { useI18n } from '@/lib/i18n';
import type { ImportJob } from '@/types/api';

const PAGE_SIZE = 10;

/** The zone's recent imports, newest first; each opens its result. */
export function RecentImports({ zone, selectedId }: { zone: string; selectedId?: number }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [page, setPage] = useState(0);
  const jobs = useImportJobs(zone, page, PAGE_SIZE);
  const texts = t.imports.recent;

  const columns: TableColumnsType<ImportJob> = [
    {
      title: texts.fileName,
      dataIndex: 'fileName',
      render: (fileName: string, job) =>
        job.id === selectedId ? (
          <Typography.Text strong>{fileName}</Typography.Text>
        ) : (
          <Link to={paths.zoneEnterpriseImportJob.getHref(zone, job.id)}>{fileName}</Link>
        ),
    },
    { title: texts.status, dataIndex: 'status', render: (_, job) => <ImportStatusTag status={job.status} /> },
    {
      title: texts.result,
      key: 'result',
      render: (_, job) =>
        texts.summary(formatNumber(job.createdCount), formatNumber(job.updatedCount), formatNumber(job.errorCount)),
    },
    { title: texts.createdBy, dataIndex: 'createdBy' },
    { title: texts.createdAt, dataIndex: 'createdAt', render: (createdAt: string) => formatDateTime(createdAt) },
  ];

  return (
    <Card title={texts.title} data-testid="recent-imports">
      {jobs.isError && <ProblemAlert error={jobs.error} />}
      <Table<ImportJob>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={jobs.data?.items}
        loading={jobs.isLoading}
        locale={{ emptyText: texts.empty }}
        scroll={{ x: 'max-content' }}
        onChange={(pagination) => setPage((pagination.current ?? 1) - 1)}
        pagination={{ current: page + 1, pageSize: PAGE_SIZE, total: jobs.data?.total, hideOnSinglePage: true }}
      />
    </Card>
  );
}
