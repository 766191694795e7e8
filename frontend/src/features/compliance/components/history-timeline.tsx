import { Card, Timeline, Typography } from 'antd';
import { STATUS_COLORS } from '@/features/compliance/labels';
import { useI18n } from '@/lib/i18n';
import type { Transition } from '@/types/api';

const DOT_COLORS: Record<string, string> = { default: 'gray', processing: 'blue', warning: 'orange', success: 'green' };

/** Every step of the assessment: who, when, from which state to which, and the comment. */
export function HistoryTimeline({ history }: { history: Transition[] }) {
  const { t, formatDateTime } = useI18n();
  const texts = t.compliance;
  return (
    <Card size="small" title={texts.history.title} data-testid="assessment-history">
      <Timeline
        items={history.map((step, index) => ({
          key: index,
          color: DOT_COLORS[STATUS_COLORS[step.toStatus]] ?? 'gray',
          children: (
            <div data-testid="history-step" data-to={step.toStatus}>
              <Typography.Text strong>
                {step.fromStatus
                  ? texts.history.moved(texts.status[step.fromStatus], texts.status[step.toStatus])
                  : `${texts.history.started} · ${texts.status[step.toStatus]}`}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {step.actorName ?? step.actor} · {formatDateTime(step.at)}
                </Typography.Text>
              </div>
              {step.comment && <Typography.Paragraph style={{ margin: 0 }}>{step.comment}</Typography.Paragraph>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
