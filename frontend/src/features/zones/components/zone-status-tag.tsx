import { Tag } from 'antd';
import { STATUS_COLORS } from '@/features/zones/statuses';
import { useI18n } from '@/lib/i18n';
import type { ZoneStatus } from '@/types/api';

export function ZoneStatusTag({ status }: { status: ZoneStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{t.zones.status[status]}</Tag>;
}
