import { Card } from 'antd';
import { useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { isZoneStaff } from '@/config/roles';
import { AuditTable } from '@/features/audit/components/audit-table';
import { useMe } from '@/features/me/api/get-me';
import { useZone } from '@/features/zones/api/get-zone';
import { useI18n } from '@/lib/i18n';

/** 「操作日志」: the zone's audit trail, for its administrators and ministry. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const { code = '' } = useParams();
  const { data: me } = useMe();
  const { data: zone } = useZone(code);
  if (!isZoneStaff(me, code)) return <StatusResult status={403} />;
  return (
    <Card title={`${t.audit.title} · ${locale === 'en' ? zone.nameEn : zone.nameZh}`} data-testid="audit-page">
      <AuditTable zone={code} />
    </Card>
  );
}
