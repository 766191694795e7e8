import { Card, Flex, Typography } from 'antd';
import { useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { isZoneStaff } from '@/config/roles';
import { AssessmentsTable } from '@/features/compliance/components/assessments-table';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';

/** 「审核队列」: submitted self-assessments, the one that has waited longest first. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { data: me } = useMe();
  if (!isZoneStaff(me, code)) return <StatusResult status={403} />;
  return (
    <Card title={t.compliance.review.queueTitle} data-testid="review-queue-page">
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t.compliance.review.queueIntro}</Typography.Text>
        <AssessmentsTable zone={code} mode="queue" />
      </Flex>
    </Card>
  );
}
