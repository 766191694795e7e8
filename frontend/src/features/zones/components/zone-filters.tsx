import { Select, Space } from 'antd';
import { PROVINCE_OPTIONS } from '@/config/provinces';
import type { ZoneListParams } from '@/features/zones/api/get-zones';
import { ZONE_STATUSES } from '@/config/zone-statuses';
import { useI18n } from '@/lib/i18n';

export type ZoneFilterValues = Pick<ZoneListParams, 'status' | 'province'>;

type Props = { value: ZoneFilterValues; onChange: (value: ZoneFilterValues) => void };

export function ZoneFilters({ value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <Space wrap>
      <Select
        aria-label={t.zones.field.status}
        placeholder={t.zones.list.allStatuses}
        allowClear
        style={{ width: 160 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={ZONE_STATUSES.map((status) => ({ value: status, label: t.zones.status[status] }))}
      />
      <Select
        aria-label={t.zones.field.province}
        placeholder={t.zones.list.allProvinces}
        allowClear
        showSearch
        style={{ width: 200 }}
        value={value.province}
        onChange={(province) => onChange({ ...value, province })}
        options={PROVINCE_OPTIONS}
      />
    </Space>
  );
}
