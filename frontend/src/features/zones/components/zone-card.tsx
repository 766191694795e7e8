import { Card, Descriptions } from 'antd';
import { ZoneStatusTag } from '@/components/zone-status-tag';
import { useI18n } from '@/lib/i18n';
import type { Zone } from '@/types/api';

export function ZoneCard({ zone }: { zone: Zone }) {
  const { t, locale, formatDate } = useI18n();
  const field = t.zones.field;
  return (
    <Card title={locale === 'en' ? zone.nameEn : zone.nameZh} extra={<ZoneStatusTag status={zone.status} />}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'nameZh', label: field.nameZh, children: zone.nameZh, span: 'filled' },
          { key: 'nameEn', label: field.nameEn, children: zone.nameEn, span: 'filled' },
          { key: 'code', label: field.code, children: zone.code },
          { key: 'province', label: field.province, children: zone.province },
          { key: 'batch', label: field.batch, children: t.zones.batch(zone.batch) },
          { key: 'approvedOn', label: field.approvedOn, children: formatDate(zone.approvedOn) },
          ...(zone.mergedInto ? [{ key: 'mergedInto', label: field.mergedInto, children: zone.mergedInto }] : []),
        ]}
      />
    </Card>
  );
}
