import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  downloadEvidence,
  MAX_EVIDENCE_BYTES,
  useRemoveEvidence,
  useUploadEvidence,
  type EvidenceOwner,
} from '@/features/compliance/api/evidence';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { Evidence } from '@/types/api';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ofd';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Props = {
  zone: string;
  owner: EvidenceOwner;
  files: Evidence[];
  /** Upload and remove; otherwise the list only offers downloads. */
  editable: boolean;
  testId?: string;
};

/** Evidence files of an item or a task: downloads (with the token), and while editable upload with progress and remove. */
export function EvidenceFiles({ zone, owner, files, editable, testId }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadEvidence(zone, owner);
  const remove = useRemoveEvidence(zone, owner);
  const [uploading, setUploading] = useState<{ name: string; percent: number }>();
  const texts = t.compliance.evidence;

  const send = (file: File) => {
    if (file.size > MAX_EVIDENCE_BYTES) {
      void message.error(texts.tooLarge);
      return;
    }
    setUploading({ name: file.name, percent: 0 });
    upload.mutate(
      { file, onProgress: (percent) => setUploading({ name: file.name, percent }) },
      {
        onSuccess: () => void message.success(texts.uploaded(file.name)),
        onError: (error) => {
          const detail = error instanceof ApiError ? (error.errors[0]?.message ?? error.detail) : undefined;
          void message.error(`${texts.uploadFailed}${detail ? `: ${detail}` : ''}`);
        },
        onSettled: () => setUploading(undefined),
      },
    );
  };

  const download = (evidence: Evidence) => {
    downloadEvidence(zone, evidence).catch(() => message.error(texts.downloadFailed));
  };

  return (
    <Flex vertical gap={4} data-testid={testId ?? 'evidence'}>
      {files.length === 0 && !editable && <Typography.Text type="secondary">{texts.none}</Typography.Text>}
      {files.map((file) => (
        <Flex key={file.id} align="center" gap="small" wrap data-testid="evidence-file">
          <PaperClipOutlined />
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => download(file)} title={texts.download}>
            {file.fileName}
          </Button>
          <Typography.Text type="secondary">{sizeText(file.sizeBytes)}</Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<DownloadOutlined />}
            aria-label={`${texts.download} ${file.fileName}`}
            onClick={() => download(file)}
          />
          {editable && (
            <Popconfirm title={texts.removeConfirm} onConfirm={() => remove.mutateAsync(file.id)}>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${texts.remove} ${file.fileName}`}
              />
            </Popconfirm>
          )}
        </Flex>
      ))}
      {uploading && (
        <Flex align="center" gap="small" data-testid="evidence-uploading">
          <Typography.Text ellipsis style={{ maxWidth: 240 }}>
            {uploading.name}
          </Typography.Text>
          <Progress percent={uploading.percent} size="small" style={{ width: 160, margin: 0 }} />
        </Flex>
      )}
      {editable && (
        <Flex align="center" gap="small" wrap>
          <Upload
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            // Through the API client (bearer token, problem details), not antd's own request.
            beforeUpload={(file) => {
              send(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="evidence-upload">
              {texts.upload}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {texts.hint}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
