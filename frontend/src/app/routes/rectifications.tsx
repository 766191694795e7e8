import { Alert, Card, Flex } from 'antd';
import { useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { canManageZone, hasRole } from '@/config/roles';
import { Rectifications } from '@/features/compliance/components/rectifications';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';

/** 「整改任务」: the zone assigns and verifies, the enterprise fixes its own, ministry reads. */
export function RectificationsPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { data: me } = useMe();
  const role = canManageZone(me, code)
    ? 'zone'
    : hasRole(me.roles, 'enterprise') && me.zone === code
      ? 'enterprise'
      : hasRole(me.roles, 'ministry')
        ? 'readOnly'
        : undefined;
  if (!role) return <StatusResult status={403} />;
  return (
    <Card title={t.compliance.tasks.title} data-testid="rectifications-page">
      <Flex vertical gap="middle">
        {role === 'readOnly' && <Alert type="warning" showIcon banner message={t.compliance.readOnly} />}
        <Rectifications zone={code} role={role} />
      </Flex>
    </Card>
  );
}
