import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Progress, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { importKeys, isRunning, useImportJob } from '@/features/enterprise-imports/api/imports';
import { ImportStatusTag } from '@/features/enterprise-imports/components/import-status-tag';
import { useI18n } from '@/lib/i18n';
import type { ImportJob, ImportRowError } from '@/types/api';

function percentOf(job: ImportJob): number {
  if (!job.totalRows) return job.status === 'SUCCEEDED' ? 100 : 0;
  return Math.min(100, Math.floor((job.processedRows / job.totalRows) * 100));
}

/** One import: its progress while it runs (asked every second), then its counts and row errors. */
export function ImportJobResult({ zone, jobId }: { zone: string; jobId: number }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const job = useImportJob(zone, jobId);
  const queryClient = useQueryClient();
  const texts = t.imports.job;
  const status = job.data?.status;

  // When the job ends, the recent-imports list and the registry show its outcome at once.
  useEffect(() => {
    if (status && !isRunning(status)) {
      void queryClient.invalidateQueries({ queryKey: importKeys.lists(zone) });
      // The registry's query keys (features/enterprises/api/keys.ts) start with ['enterprises', zone].
      void queryClient.invalidateQueries({ queryKey: ['enterprises', zone] });
    }
  }, [status, zone, queryClient]);

  if (job.isError) return <ProblemAlert error={job.error} />;
  if (!job.data) return <Card loading />;
  const data = job.data;
  const running = isRunning(data.status);
  const errors = data.errors ?? [];

  const columns: TableColumnsType<ImportRowError> = [
    { title: texts.row, dataIndex: 'row', width: 90 },
    { title: texts.column, dataIndex: 'column', width: 200 },
    { title: texts.reason, dataIndex: 'message' },
  ];

  return (
    <Card
      title={texts.title(data.fileName)}
      extra={<ImportStatusTag status={data.status} />}
      data-testid="import-job"
      data-status={data.status}
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">
          {data.createdBy} · {formatDateTime(data.createdAt)}
          {data.finishedAt && ` – ${formatDateTime(data.finishedAt)}`}
        </Typography.Text>
        {(running || data.status === 'FAILED') && (
          <div data-testid="import-progress">
            <Progress
              percent={percentOf(data)}
              status={data.status === 'FAILED' ? 'exception' : 'active'}
              aria-label={texts.totalRows}
            />
            <Typography.Text type="secondary">
              {data.totalRows === null
                ? texts.checking
                : texts.progress(formatNumber(data.processedRows), formatNumber(data.totalRows))}
            </Typography.Text>
          </div>
        )}
        {running && <Alert type="info" showIcon message={texts.leaveHint} />}
        {data.status === 'FAILED' && (
          <Alert type="error" showIcon message={texts.failed} description={data.failure} data-testid="import-failure" />
        )}
        {!running && (
          <Row gutter={[16, 16]} data-testid="import-counts">
            {[
              { key: 'totalRows', title: texts.totalRows, value: data.totalRows ?? 0 },
              { key: 'created', title: texts.created, value: data.createdCount },
              { key: 'updated', title: texts.updated, value: data.updatedCount },
              { key: 'unchanged', title: texts.unchanged, value: data.unchangedCount },
              { key: 'rejected', title: texts.rejectedRows, value: data.rejectedCount },
              { key: 'errors', title: texts.errorCount, value: data.errorCount },
            ].map(({ key, title, value }) => (
              <Col key={key} xs={12} sm={8} md={4}>
                <Statistic
                  title={title}
                  value={value}
                  formatter={(n) => formatNumber(Number(n))}
                  valueStyle={key === 'errors' && value > 0 ? { color: '#cf1322' } : undefined}
                  data-testid={`import-count-${key}`}
                />
              </Col>
            ))}
          </Row>
        )}
        {!running && data.status === 'SUCCEEDED' && data.errorCount === 0 && (
          <Alert type="success" showIcon message={texts.noErrors} />
        )}
        {errors.length > 0 && (
          <Flex vertical gap="small">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {texts.errorsTitle}
            </Typography.Title>
            {data.errorCount > errors.length && (
              <Typography.Text type="secondary">
                {texts.errorsTruncated(formatNumber(errors.length), formatNumber(data.errorCount))}
              </Typography.Text>
            )}
            <Table<ImportRowError>
              rowKey={(error) => `${error.row}-${error.column}-${error.message}`}
              size="small"
              columns={columns}
              dataSource={errors}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              data-testid="import-errors"
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
