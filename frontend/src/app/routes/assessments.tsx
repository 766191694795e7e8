import { Alert, Card, Flex } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { hasRole, isZoneStaff } from '@/config/roles';
import { AssessmentsTable } from '@/features/compliance/components/assessments-table';
import { MyAssessments } from '@/features/compliance/components/my-assessments';
import { ASSESSMENT_STATUSES } from '@/features/compliance/labels';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';
import type { AssessmentStatus } from '@/types/api';

/** 「合规自评」 for an enterprise user (its own, start or continue); 「自评记录」 for the zone and ministry. */
export function AssessmentsPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const { data: me } = useMe();
  const status = search.get('status');
  const initialStatus = ASSESSMENT_STATUSES.find((value) => value === status) as AssessmentStatus | undefined;

  if (hasRole(me.roles, 'enterprise') && me.zone === code && me.enterpriseId) {
    return <MyAssessments zone={code} enterpriseId={Number(me.enterpriseId)} />;
  }
  if (!isZoneStaff(me, code)) return <StatusResult status={403} />;
  return (
    <Card title={t.compliance.list.title} data-testid="assessments-page">
      <Flex vertical gap="middle">
        {hasRole(me.roles, 'ministry') && <Alert type="warning" showIcon banner message={t.compliance.readOnly} />}
        <AssessmentsTable zone={code} mode="list" initialStatus={initialStatus} />
      </Flex>
    </Card>
  );
}
