import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { canManageZone, hasRole } from '@/config/roles';
import { CreateEnterprise } from '@/features/enterprises/components/create-enterprise';
import { EnterprisesTable } from '@/features/enterprises/components/enterprises-table';
import { useMe } from '@/features/me/api/get-me';
import { useZone } from '@/features/zones/api/get-zone';
import { useI18n } from '@/lib/i18n';

/** 「企业名录」: the zone's registry; its administrators add and import, ministry reads. */
export function EnterprisesPage() {
  const { t, locale } = useI18n();
  const { code = '' } = useParams();
  const { data: zone } = useZone(code);
  const { data: me } = useMe();
  const navigate = useNavigate();
  const canManage = canManageZone(me, code);
  return (
    <Card
      title={t.enterprises.list.title}
      extra={
        canManage && (
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => navigate(paths.zoneEnterpriseImport.getHref(code))}>
              {t.enterprises.list.import}
            </Button>
            <CreateEnterprise zone={code} />
          </Space>
        )
      }
      data-testid="enterprises-page"
    >
      <Flex vertical gap="middle">
        {hasRole(me.roles, 'ministry') ? (
          <Alert type="warning" showIcon message={t.enterprises.list.readOnly} banner />
        ) : (
          <Alert type="info" showIcon={false} message={locale === 'en' ? zone.nameEn : zone.nameZh} banner />
        )}
        <EnterprisesTable zone={code} />
      </Flex>
    </Card>
  );
}
