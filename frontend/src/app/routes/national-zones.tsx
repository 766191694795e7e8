import { Card } from 'antd';
import { CreateZone } from '@/features/zones/components/create-zone';
import { ZonesTable } from '@/features/zones/components/zones-table';
import { useI18n } from '@/lib/i18n';

export function NationalZonesPage() {
  const { t } = useI18n();
  return (
    <Card title={t.zones.list.title} extra={<CreateZone />}>
      <ZonesTable />
    </Card>
  );
}
