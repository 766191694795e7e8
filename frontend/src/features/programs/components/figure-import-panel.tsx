import { Alert, Button, Flex, Progress, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n';
import type { ImportRowError } from '@/types/api';
import { useFigureImport, useStartFigureImport } from '../api/programs';

/** Uploads a sheet of figures and follows its job: progress, counts, row and column errors. */
export function FigureImportPanel({ zone, programId }: { zone: string; programId: number }) {
  const { t } = useI18n();
  const texts = t.programs.import;
  const start = useStartFigureImport(zone, programId);
  const [importId, setImportId] = useState<number>();
  const { data: job } = useFigureImport(zone, programId, importId);
  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph>{texts.hint}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          start.mutate(file, { onSuccess: (started) => setImportId(started.id) });
          return false;
        }}
      >
        <Button type="primary" loading={start.isPending}>
          {texts.upload}
        </Button>
      </Upload>
      {start.error && <ProblemAlert error={start.error} />}
      {job && (
        <Flex vertical gap="small" data-testid="figure-import-job">
          <Typography.Text strong>
            {job.fileName} · {texts.statuses[job.status]}
          </Typography.Text>
          <Progress percent={job.totalRows ? Math.round((job.processedRows * 100) / job.totalRows) : 0} />
          <Typography.Text>{texts.rows(job.processedRows, job.totalRows)}</Typography.Text>
          <Typography.Text>
            {texts.result(job.createdCount, job.updatedCount, job.unchangedCount, job.rejectedCount)}
          </Typography.Text>
          {job.failure && <Alert type="error" showIcon message={job.failure} />}
          {job.errors && job.errors.length > 0 && (
            <Table<ImportRowError>
              rowKey={(row) => `${row.row}-${row.field}`}
              size="small"
              dataSource={job.errors}
              pagination={{ pageSize: 10 }}
              columns={[
                { key: 'row', title: texts.row, dataIndex: 'row' },
                { key: 'column', title: texts.column, dataIndex: 'column' },
                { key: 'message', title: texts.problem, dataIndex: 'message' },
              ]}
            />
          )}
        </Flex>
      )}
    </Flex>
  );
}
