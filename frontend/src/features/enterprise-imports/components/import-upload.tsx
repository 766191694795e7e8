import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { downloadTemplate, useStartImport, type TemplateFormat } from '@/features/enterprise-imports/api/imports';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { ImportJob } from '@/types/api';

const ACCEPTED = /\.(xlsx|csv)$/i;

type Props = { zone: string; onStarted: (job: ImportJob) => void };

/** The templates to download and the drop zone that starts an import. */
export function ImportUpload({ zone, onStarted }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const start = useStartImport(zone);
  const [downloading, setDownloading] = useState<TemplateFormat>();
  const texts = t.imports;

  const template = (format: TemplateFormat) => {
    setDownloading(format);
    downloadTemplate(zone, format)
      .catch((error: unknown) =>
        message.error(`${texts.templateFailed}${error instanceof ApiError && error.detail ? `: ${error.detail}` : ''}`),
      )
      .finally(() => setDownloading(undefined));
  };

  const upload = (file: File) => {
    if (!ACCEPTED.test(file.name)) {
      void message.error(texts.wrongType);
      return;
    }
    start.reset();
    start.mutate(file, { onSuccess: onStarted });
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph style={{ margin: 0 }}>{texts.intro}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={downloading === 'xlsx'} onClick={() => template('xlsx')}>
          {texts.templateXlsx}
        </Button>
        <Button icon={<DownloadOutlined />} loading={downloading === 'csv'} onClick={() => template('csv')}>
          {texts.templateCsv}
        </Button>
      </Space>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={start.isPending}
        // The file goes through the API client (bearer token, problem details), not antd's own request.
        beforeUpload={(file) => {
          upload(file);
          return Upload.LIST_IGNORE;
        }}
        data-testid="import-dropzone"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{texts.drop}</p>
        <p className="ant-upload-hint">{texts.dropHint}</p>
      </Upload.Dragger>
      {start.isError && (
        <div data-testid="import-rejected">
          <ProblemAlert
            title={texts.rejected}
            error={start.error}
            fieldErrors={start.error instanceof ApiError ? start.error.errors : []}
          />
        </div>
      )}
    </Flex>
  );
}
