import { PlayCircleOutlined, RightCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useAssessments, useStartAssessment } from '@/features/compliance/api/assessments';
import { AssessmentsTable } from '@/features/compliance/components/assessments-table';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { ProblemCode } from '@/types/api';

type Props = { zone: string; enterpriseId: number };

/** Why a start is refused when another assessment of the enterprise is open. */
const IN_PROGRESS: ProblemCode[] = ['assessment-in-progress', 'assessment-started-meanwhile'];

/** 「合规自评」 for an enterprise user: its assessments, and start a new one or continue the one in progress. */
export function MyAssessments({ zone, enterpriseId }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const texts = t.compliance.mine;
  // The newest first: one in progress is always the newest.
  const { data, refetch } = useAssessments(zone, { page: 0, size: 20 });
  const start = useStartAssessment(zone);
  const inProgress = data?.items.find((row) => row.status !== 'APPROVED');

  const onStart = () =>
    start.mutate(enterpriseId, {
      onSuccess: (assessment) => navigate(paths.zoneAssessment.getHref(zone, assessment.id)),
      onError: async (error) => {
        // One is already in progress (perhaps started elsewhere, or at the same moment): open that one.
        if (isProblem(error, ...IN_PROGRESS)) {
          const open = (await refetch()).data?.items.find((row) => row.status !== 'APPROVED');
          if (open) {
            void message.info(texts.inProgress);
            navigate(paths.zoneAssessment.getHref(zone, open.id));
          }
        }
      },
    });

  return (
    <Card
      title={texts.title}
      data-testid="my-assessments"
      extra={
        data &&
        (inProgress ? (
          <Button
            type="primary"
            icon={<RightCircleOutlined />}
            onClick={() => navigate(paths.zoneAssessment.getHref(zone, inProgress.id))}
            data-testid="continue-assessment"
          >
            {inProgress.status === 'SUBMITTED' ? texts.view : texts.continue}
          </Button>
        ) : (
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={start.isPending}
            onClick={onStart}
            data-testid="start-assessment"
          >
            {texts.start}
          </Button>
        ))
      }
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {texts.intro}
        </Typography.Paragraph>
        {start.isError && !isProblem(start.error, ...IN_PROGRESS) && (
          <ProblemAlert error={start.error} />
        )}
        <AssessmentsTable zone={zone} mode="mine" />
      </Flex>
    </Card>
  );
}
