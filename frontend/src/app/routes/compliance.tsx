import { Card } from 'antd';
import { useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { hasRole, isZoneStaff } from '@/config/roles';
import { ComplianceDashboard } from '@/features/compliance/components/compliance-dashboard';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';

/** 「合规看板」: the zone's administrators, and ministry read-only when it drills into the zone. */
export function CompliancePage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { data: me } = useMe();
  if (!isZoneStaff(me, code)) return <StatusResult status={403} />;
  return (
    <Card title={t.compliance.dashboard.title} data-testid="compliance-page">
      <ComplianceDashboard zone={code} readOnly={hasRole(me.roles, 'ministry')} />
    </Card>
  );
}
