import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '@/app/routes/not-found';
import { StatusResult } from '@/components/status-result';
import { paths } from '@/config/paths';
import { canManageZone } from '@/config/roles';
import { ImportJobResult } from '@/features/enterprise-imports/components/import-job-result';
import { ImportUpload } from '@/features/enterprise-imports/components/import-upload';
import { RecentImports } from '@/features/enterprise-imports/components/recent-imports';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';

/**
 * 「批量导入」: upload a spreadsheet, follow the job (its id is in the URL, so the user may leave and come back),
 * and find earlier imports.
 */
export function EnterpriseImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { code = '', jobId } = useParams();
  const { data: me } = useMe();
  const job = jobId === undefined ? undefined : Number(jobId);

  // Only the zone's administrators import; the server refuses anyone else anyway.
  if (!canManageZone(me, code)) return <StatusResult status={403} />;
  if (job !== undefined && (!Number.isSafeInteger(job) || job <= 0)) return <NotFoundPage />;

  return (
    <Flex vertical gap="middle" data-testid="enterprise-import-page">
      {job === undefined ? (
        <Card title={t.imports.title}>
          <ImportUpload
            zone={code}
            onStarted={(started) => navigate(paths.zoneEnterpriseImportJob.getHref(code, started.id))}
          />
        </Card>
      ) : (
        <>
          <ImportJobResult key={job} zone={code} jobId={job} />
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => navigate(paths.zoneEnterpriseImport.getHref(code))}>
              {t.imports.job.newImport}
            </Button>
            <Button icon={<UnorderedListOutlined />} onClick={() => navigate(paths.zoneEnterprises.getHref(code))}>
              {t.imports.job.viewEnterprises}
            </Button>
          </Space>
        </>
      )}
      <RecentImports zone={code} selectedId={job} />
    </Flex>
  );
}
