import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { EnterpriseFilters, EnterpriseSort } from '@/features/enterprises/api/get-enterprises';
import { useExportEnterprises } from '@/features/enterprises/api/export-enterprises';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';

type Props = { zone: string; filters: EnterpriseFilters & { sort?: EnterpriseSort } };

/** Downloads the list as it is filtered and sorted now, as .xlsx. */
export function ExportButton({ zone, filters }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const exporting = useExportEnterprises(zone);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporting.isPending}
      data-testid="export-enterprises"
      onClick={() =>
        exporting.mutate(filters, {
          onError: (error) =>
            message.error(
              `${t.enterprises.list.exportFailed}${error instanceof ApiError && error.detail ? `: ${error.detail}` : ''}`,
            ),
        })
      }
    >
      {t.enterprises.list.export}
    </Button>
  );
}
