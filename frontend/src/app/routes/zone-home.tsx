import { Alert, Button, Card, Flex, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageSpinner } from '@/components/page-spinner';
import { paths } from '@/config/paths';
import { canManageZone, hasRole, isZoneStaff } from '@/config/roles';
import { useMe } from '@/features/me/api/get-me';
import { useZone } from '@/features/zones/api/get-zone';
import { ZoneCard } from '@/features/zones/components/zone-card';
import { useI18n } from '@/lib/i18n';

// Charts: ECharts is fetched with the dashboard, not with every page.
const ZoneDashboard = lazy(() =>
  import('@/features/rollup/components/zone-dashboard').then((module) => ({ default: module.ZoneDashboard })),
);

export function ZoneHomePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const { data: zone } = useZone(code);
  const { data: me } = useMe();
  const enterpriseId = hasRole(me.roles, 'enterprise') ? me.enterpriseId : null;
  return (
    <Flex vertical gap="middle" data-testid="zone-home">
      <ZoneCard zone={zone} />
      {isZoneStaff(me, code) && (
        <Card size="small">
          <Space wrap>
            <Button onClick={() => navigate(paths.zoneCompliance.getHref(code))}>{t.nav.compliance}</Button>
            {canManageZone(me, code) && (
              <Button onClick={() => navigate(paths.zoneReviewQueue.getHref(code))}>{t.nav.reviewQueue}</Button>
            )}
            <Button onClick={() => navigate(paths.zoneEnterprises.getHref(code))}>{t.zones.home.enterprises}</Button>
            <Button onClick={() => navigate(paths.zoneAudit.getHref(code))}>{t.zones.home.audit}</Button>
          </Space>
        </Card>
      )}
      {isZoneStaff(me, code) && (
        <Suspense fallback={<PageSpinner />}>
          <ZoneDashboard zone={code} />
        </Suspense>
      )}
      {enterpriseId && (
        <Alert
          type="info"
          showIcon
          message={t.zones.home.enterpriseBinding(enterpriseId)}
          action={
            <Button
              type="primary"
              size="small"
              onClick={() => navigate(paths.zoneEnterprise.getHref(code, enterpriseId))}
            >
              {t.zones.home.openEnterprise}
            </Button>
          }
        />
      )}
    </Flex>
  );
}
