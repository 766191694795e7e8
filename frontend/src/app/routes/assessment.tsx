import { Flex } from 'antd';
import { useParams } from 'react-router';
import { NotFoundPage } from '@/app/routes/not-found';
import { PageSpinner } from '@/components/page-spinner';
import { StatusResult } from '@/components/status-result';
import { canManageZone, hasRole } from '@/config/roles';
import { useAssessment } from '@/features/compliance/api/assessments';
import { AssessmentForm } from '@/features/compliance/components/assessment-form';
import { AssessmentView } from '@/features/compliance/components/assessment-view';
import { HistoryTimeline } from '@/features/compliance/components/history-timeline';
import { isEditable } from '@/features/compliance/labels';
import { useMe } from '@/features/me/api/get-me';
import { ApiError } from '@/lib/api-client';

/**
 * One assessment: the enterprise fills it while it is a draft or returned; otherwise it is read-only, with the
 * result once approved. The zone's administrator reviews it here; ministry reads.
 */
export function AssessmentPage() {
  const { code = '', id = '' } = useParams();
  const assessmentId = Number(id);
  const valid = Number.isSafeInteger(assessmentId) && assessmentId > 0;
  const { data: me } = useMe();
  const { data: assessment, error } = useAssessment(code, valid ? assessmentId : 0);

  if (!valid) return <NotFoundPage />;
  if (error) {
    if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
    if (error instanceof ApiError && error.status === 403) return <StatusResult status={403} detail={error.detail} />;
    return <StatusResult status="error" detail={error instanceof ApiError ? error.detail : undefined} />;
  }
  if (!assessment) return <PageSpinner />;

  const ownEnterprise =
    hasRole(me.roles, 'enterprise') && me.zone === code && String(me.enterpriseId) === String(assessment.enterpriseId);
  if (ownEnterprise && isEditable(assessment.status)) {
    return (
      <Flex vertical gap="middle">
        <AssessmentForm key={assessment.id} zone={code} assessment={assessment} />
        <HistoryTimeline history={assessment.history} />
      </Flex>
    );
  }
  return <AssessmentView zone={code} assessment={assessment} canReview={canManageZone(me, code)} />;
}
