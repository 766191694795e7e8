import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { ImportStatus } from '@/types/api';

const COLORS: Record<ImportStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status]} data-testid="import-status">
      {t.imports.status[status]}
    </Tag>
  );
}
