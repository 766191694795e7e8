import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { ActionStatus, Light, MeasureStatus } from '@/types/api';

/** The matrix's colours, also used by the tags, so a status reads the same everywhere. */
export const measureColours: Record<MeasureStatus, string> = {
  NOT_STARTED: '#d9d9d9',
  IN_PROGRESS: '#69b1ff',
  DONE: '#52c41a',
  NOT_APPLICABLE: '#b37feb',
};

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={measureColours[status]} data-testid={`measure-status-${status}`}>
      {t.actions.measureStatus[status]}
    </Tag>
  );
}

export function LightTag({ light }: { light: Light }) {
  const { t } = useI18n();
  if (light === 'NONE') return null;
  return <Tag color={light === 'RED' ? 'red' : 'orange'}>{t.actions.light[light]}</Tag>;
}

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const { t } = useI18n();
  const colour = status === 'LAUNCHED' ? 'processing' : status === 'CLOSED' ? 'default' : 'warning';
  return <Tag color={colour}>{t.actions.actionStatus[status]}</Tag>;
}
