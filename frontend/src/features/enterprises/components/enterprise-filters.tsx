import { Input, Select, Space } from 'antd';
import type { EnterpriseFilters as Filters } from '@/features/enterprises/api/get-enterprises';
import { CUSTOMS_MODES, ENTERPRISE_KINDS, ENTERPRISE_STATUSES } from '@/features/enterprises/labels';
import { useI18n } from '@/lib/i18n';

type Props = { value: Filters; onChange: (value: Filters) => void };

/** Name search, credit-code prefix, and the kind / status / customs-mode filters. */
export function EnterpriseFilters({ value, onChange }: Props) {
  const { t } = useI18n();
  const texts = t.enterprises.list;
  const field = t.enterprises.field;
  return (
    <Space wrap>
      <Input.Search
        aria-label={texts.searchName}
        placeholder={texts.searchName}
        allowClear
        style={{ width: 200 }}
        defaultValue={value.name}
        onSearch={(name) => onChange({ ...value, name: name.trim() || undefined })}
      />
      <Input.Search
        aria-label={texts.creditCodePrefix}
        placeholder={texts.creditCodePrefix}
        allowClear
        style={{ width: 180 }}
        defaultValue={value.creditCode}
        onSearch={(creditCode) => onChange({ ...value, creditCode: creditCode.trim().toUpperCase() || undefined })}
      />
      <Select
        aria-label={field.kinds}
        placeholder={texts.allKinds}
        allowClear
        style={{ width: 130 }}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={ENTERPRISE_KINDS.map((kind) => ({ value: kind, label: t.enterprises.kind[kind] }))}
      />
      <Select
        aria-label={field.status}
        placeholder={texts.allStatuses}
        allowClear
        style={{ width: 120 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={ENTERPRISE_STATUSES.map((status) => ({ value: status, label: t.enterprises.status[status] }))}
      />
      <Select
        aria-label={field.customsModes}
        placeholder={texts.allModes}
        allowClear
        popupMatchSelectWidth={false}
        style={{ width: 150 }}
        value={value.customsMode}
        onChange={(customsMode) => onChange({ ...value, customsMode })}
        options={CUSTOMS_MODES.map((mode) => ({ value: mode, label: t.enterprises.mode[mode] }))}
      />
    </Space>
  );
}
