import { Tag } from 'antd';
import { STATUS_COLORS } from '@/config/zone-statuses';
import { useI18n } from '@/lib/i18n';
import type { ZoneStatus } from '@/types/api';

/** A zone's status as a coloured tag: shared, since the registry and the national overview both show it. */
export function ZoneStatusTag({ status }: { status: ZoneStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{t.zones.status[status]}</Tag>;
}
