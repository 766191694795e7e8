import { Alert, App, Button, Card, Descriptions, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReviewComment } from '@/features/compliance/api/assessments';
import { AssessmentItems, ItemCard } from '@/features/compliance/components/assessment-items';
import { AssessmentResult } from '@/features/compliance/components/assessment-result';
import { EvidenceFiles } from '@/features/compliance/components/evidence-files';
import { HistoryTimeline } from '@/features/compliance/components/history-timeline';
import { ReviewActions } from '@/features/compliance/components/review-actions';
import { AssessmentStatusTag } from '@/features/compliance/components/status-tags';
import { TaskTable } from '@/features/compliance/components/task-table';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { Assessment, AssessmentItem, ComplianceArea } from '@/types/api';

const ANSWER_COLORS = { COMPLIANT: 'green', PARTLY: 'orange', NOT_COMPLIANT: 'red', NOT_APPLICABLE: 'default' } as const;

function ReviewCommentBox({ zone, assessment, item }: { zone: string; assessment: Assessment; item: AssessmentItem }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const texts = t.compliance.review;
  const [comment, setComment] = useState(item.reviewComment ?? '');
  const save = useReviewComment(zone, assessment.id);
  const unchanged = comment.trim() === (item.reviewComment ?? '').trim();
  return (
    <Flex vertical gap={4} data-testid="review-comment-box">
      <Typography.Text strong>{texts.commentLabel}</Typography.Text>
      <Input.TextArea
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        placeholder={texts.commentPlaceholder}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={2000}
        aria-label={`${item.code} ${texts.commentLabel}`}
        data-testid="review-comment-input"
      />
      <div>
        <Button
          size="small"
          disabled={unchanged}
          loading={save.isPending}
          data-testid="save-review-comment"
          onClick={() =>
            save.mutate(
              { code: item.code, comment: comment.trim() },
              {
                onSuccess: () => void message.success(texts.commentSaved),
                onError: (error) =>
                  void message.error(error instanceof ApiError && error.detail ? error.detail : t.errors.genericTitle),
              },
            )
          }
        >
          {texts.saveComment}
        </Button>
      </div>
    </Flex>
  );
}

type Props = {
  zone: string;
  assessment: Assessment;
  /** The zone's administrator may comment, return and approve while it is submitted. */
  canReview: boolean;
};

/** An assessment that cannot change (submitted, approved) or is seen by the zone or ministry: read-only, plus review. */
export function AssessmentView({ zone, assessment, canReview }: Props) {
  const { t, formatDateTime } = useI18n();
  const texts = t.compliance;
  const [activeArea, setActiveArea] = useState<ComplianceArea>();
  const reviewing = canReview && assessment.status === 'SUBMITTED';
  const answered = assessment.items.filter((item) => item.answer !== null).length;

  return (
    <Flex vertical gap="middle" data-testid="assessment-view" data-status={assessment.status}>
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{assessment.enterpriseName}</span>
            <AssessmentStatusTag status={assessment.status} />
          </Space>
        }
        extra={reviewing && <ReviewActions zone={zone} assessment={assessment} />}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={texts.field.creditCode}>{assessment.creditCode ?? '–'}</Descriptions.Item>
          <Descriptions.Item label={texts.field.startedAt}>{formatDateTime(assessment.startedAt)}</Descriptions.Item>
          <Descriptions.Item label={texts.field.submittedAt}>
            {assessment.submittedAt ? formatDateTime(assessment.submittedAt) : '–'}
          </Descriptions.Item>
          <Descriptions.Item label={texts.field.progress}>
            {texts.form.answered(answered, assessment.items.length)}
          </Descriptions.Item>
          {assessment.decidedAt && (
            <Descriptions.Item label={texts.field.decidedAt}>
              {formatDateTime(assessment.decidedAt)} {assessment.decidedBy}
            </Descriptions.Item>
          )}
        </Descriptions>
        {!canReview && assessment.status === 'SUBMITTED' && (
          <Alert type="info" showIcon message={texts.form.readOnly} />
        )}
      </Card>
      {assessment.status === 'APPROVED' && (
        <>
          <AssessmentResult assessment={assessment} />
          <Card size="small" title={texts.result.rectifications}>
            {assessment.rectifications.length === 0 ? (
              <Typography.Text type="secondary">{texts.result.noRectifications}</Typography.Text>
            ) : (
              <TaskTable tasks={assessment.rectifications} testId="assessment-tasks" />
            )}
          </Card>
        </>
      )}
      <Card size="small">
        <AssessmentItems
          items={assessment.items}
          activeArea={activeArea}
          onAreaChange={setActiveArea}
          isAnswered={(item) => item.answer !== null}
          renderItem={(item) => (
            <ItemCard item={item} reviewCommentTone={reviewing ? 'info' : 'warning'}>
              <Space wrap>
                <Typography.Text type="secondary">{texts.field.answer}：</Typography.Text>
                {item.answer ? (
                  <Tag color={ANSWER_COLORS[item.answer]} data-testid="item-answer" data-answer={item.answer}>
                    {texts.answer[item.answer]}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">{texts.missingReason.UNANSWERED}</Typography.Text>
                )}
              </Space>
              {item.comment && <Typography.Paragraph style={{ margin: 0 }}>{item.comment}</Typography.Paragraph>}
              <div>
                <Typography.Text strong>{texts.evidence.title}</Typography.Text>
                <EvidenceFiles
                  zone={zone}
                  owner={{ kind: 'item', assessmentId: assessment.id, code: item.code }}
                  files={item.evidence}
                  editable={false}
                />
              </div>
              {reviewing && (
                <ReviewCommentBox key={item.reviewComment ?? ''} zone={zone} assessment={assessment} item={item} />
              )}
            </ItemCard>
          )}
        />
      </Card>
      <HistoryTimeline history={assessment.history} />
    </Flex>
  );
}
