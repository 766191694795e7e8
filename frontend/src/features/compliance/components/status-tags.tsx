import { Tag } from 'antd';
import { LEVEL_COLORS, STATUS_COLORS, TASK_COLORS } from '@/features/compliance/labels';
import { useI18n } from '@/lib/i18n';
import type { AssessmentStatus, ComplianceLevel, TaskStatus } from '@/types/api';

export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="assessment-status" data-status={status}>
      {t.compliance.status[status]}
    </Tag>
  );
}

export function LevelTag({ level }: { level: ComplianceLevel | null }) {
  const { t } = useI18n();
  if (!level) return <>–</>;
  return <Tag color={LEVEL_COLORS[level]}>{t.compliance.levelTag(level)}</Tag>;
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={TASK_COLORS[status]} data-testid="task-status" data-status={status}>
      {t.compliance.taskStatus[status]}
    </Tag>
  );
}
