import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { EnterpriseStatusTag, KindTags, ModeTags } from '@/features/enterprises/components/enterprise-tags';
import { useI18n } from '@/lib/i18n';
import type { Enterprise } from '@/types/api';

/** Every field of an enterprise, read-only. */
export function EnterpriseDetails({ enterprise }: { enterprise: Enterprise }) {
  const { t, formatMoney, formatDateTime } = useI18n();
  const field = t.enterprises.field;
  const none = t.enterprises.detail.none;
  const text = (value: string | null) => value || none;
  const money = (value: number | null) => (value === null ? none : formatMoney(value));

  const items: DescriptionsProps['items'] = [
    { key: 'nameZh', label: field.nameZh, children: enterprise.nameZh, span: 'filled' },
    { key: 'nameEn', label: field.nameEn, children: text(enterprise.nameEn), span: 'filled' },
    {
      key: 'creditCode',
      label: field.creditCode,
      children: <Typography.Text copyable>{enterprise.creditCode}</Typography.Text>,
    },
    { key: 'status', label: field.status, children: <EnterpriseStatusTag status={enterprise.status} /> },
    ...(enterprise.creditCodeOverrideReason
      ? [
          {
            key: 'creditCodeOverrideReason',
            label: field.creditCodeOverrideReason,
            children: enterprise.creditCodeOverrideReason,
            span: 'filled' as const,
          },
        ]
      : []),
    { key: 'kinds', label: field.kinds, children: <KindTags kinds={enterprise.kinds} />, span: 'filled' },
    { key: 'customsCode', label: field.customsCode, children: text(enterprise.customsCode) },
    {
      key: 'customsModes',
      label: field.customsModes,
      children: enterprise.customsModes.length > 0 ? <ModeTags modes={enterprise.customsModes} full /> : none,
    },
    { key: 'district', label: field.district, children: text(enterprise.district) },
    { key: 'address', label: field.address, children: text(enterprise.address) },
    { key: 'contactName', label: field.contactName, children: text(enterprise.contactName) },
    { key: 'contactPhone', label: field.contactPhone, children: text(enterprise.contactPhone) },
    { key: 'contactEmail', label: field.contactEmail, children: text(enterprise.contactEmail), span: 'filled' },
    { key: 'exportValueCny', label: field.exportValueCny, children: money(enterprise.exportValueCny) },
    { key: 'importValueCny', label: field.importValueCny, children: money(enterprise.importValueCny) },
    { key: 'createdBy', label: field.createdBy, children: enterprise.createdBy },
    { key: 'createdAt', label: field.createdAt, children: formatDateTime(enterprise.createdAt) },
    { key: 'updatedBy', label: field.updatedBy, children: enterprise.updatedBy },
    { key: 'updatedAt', label: field.updatedAt, children: formatDateTime(enterprise.updatedAt) },
  ];

  return <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" items={items} data-testid="enterprise-details" />;
}
