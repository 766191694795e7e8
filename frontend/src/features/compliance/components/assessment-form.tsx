import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, List, Progress, Radio, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useBlocker } from 'react-router';
import { useSaveAnswers, useSubmitAssessment } from '@/features/compliance/api/assessments';
import { AssessmentItems, ItemCard, itemElementId } from '@/features/compliance/components/assessment-items';
import { EvidenceFiles } from '@/features/compliance/components/evidence-files';
import { AssessmentStatusTag } from '@/features/compliance/components/status-tags';
import { ANSWERS } from '@/features/compliance/labels';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { AnswerForm, AnswerValue, Assessment, AssessmentItem, ComplianceArea } from '@/types/api';

type Value = { answer: AnswerValue | null; comment: string };

const ITEM_FIELD = /^items\[(.+)\]$/;

function saved(item: AssessmentItem): Value {
  return { answer: item.answer, comment: item.comment ?? '' };
}

function differs(value: Value, item: AssessmentItem): boolean {
  return value.answer !== item.answer || value.comment.trim() !== (item.comment ?? '').trim();
}

/** Warns before leaving the page (in the app and when closing the tab) while there are unsaved changes. */
function useLeaveGuard(dirty: boolean) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t.compliance.form.leaveTitle,
      content: t.compliance.form.leaveContent,
      okText: t.compliance.form.leave,
      cancelText: t.compliance.form.stay,
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

type Props = { zone: string; assessment: Assessment };

/**
 * The enterprise's self-assessment while it may change it (draft, or returned by the zone): answers, comments and
 * evidence by area; "save draft" sends only the items changed since the last save; "submit" saves and submits,
 * and what still blocks it is listed with links to the items.
 */
export function AssessmentForm({ zone, assessment }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const texts = t.compliance;
  const save = useSaveAnswers(zone, assessment.id);
  const submit = useSubmitAssessment(zone, assessment.id);
  const [edits, setEdits] = useState<Record<string, Value>>({});
  const [activeArea, setActiveArea] = useState<ComplianceArea>();
  const [showMissing, setShowMissing] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Error>();

  const valueOf = (item: AssessmentItem): Value => edits[item.code] ?? saved(item);
  const changedItems = assessment.items.filter((item) => edits[item.code] && differs(edits[item.code], item));
  const dirty = changedItems.length > 0;
  useLeaveGuard(dirty);

  const answered = assessment.items.filter((item) => valueOf(item).answer !== null).length;
  const total = assessment.items.length;

  /** What blocks submitting, by item: the server's reasons (translated), then any it named only in a 400. */
  const problems = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const { code, reason } of assessment.missing) byCode.set(code, texts.missingReason[reason] ?? reason);
    for (const [code, text] of Object.entries(serverProblems)) if (!byCode.has(code)) byCode.set(code, text);
    return byCode;
  }, [assessment.missing, serverProblems, texts]);
  const flagged = useMemo(() => new Set(showMissing ? problems.keys() : []), [problems, showMissing]);

  const change = (item: AssessmentItem, patch: Partial<Value>) =>
    setEdits((current) => ({ ...current, [item.code]: { ...valueOf(item), ...patch } }));

  const changedForms = (): AnswerForm[] =>
    changedItems.map((item) => {
      const value = valueOf(item);
      return { code: item.code, answer: value.answer ?? undefined, comment: value.comment.trim() || undefined };
    });

  const saveDraft = async (): Promise<boolean> => {
    const answers = changedForms();
    if (answers.length === 0) return true;
    setFailure(undefined);
    try {
      await save.mutateAsync(answers);
      setEdits({});
      return true;
    } catch (error) {
      setFailure(error as Error);
      return false;
    }
  };

  const onSave = async () => {
    const count = changedItems.length;
    if (count === 0) {
      void message.info(texts.form.nothingToSave);
      return;
    }
    if (await saveDraft()) void message.success(texts.form.saved(count));
  };

  const onSubmit = async () => {
    if (!(await saveDraft())) return;
    try {
      await submit.mutateAsync();
      setServerProblems({});
      setShowMissing(false);
      void message.success(texts.form.submitted);
    } catch (error) {
      // The items that still block submitting, each named items[CODE].
      if (isProblem(error, 'validation-failed') && error.errors.length > 0) {
        const named: Record<string, string> = {};
        for (const { field, message: text } of error.errors) {
          const code = ITEM_FIELD.exec(field)?.[1];
          if (code) named[code] = text;
        }
        setServerProblems(named);
        setShowMissing(true);
      } else {
        setFailure(error as Error);
      }
    }
  };

  const goTo = (code: string) => {
    const item = assessment.items.find((candidate) => candidate.code === code);
    if (item) setActiveArea(item.area);
    // After the item's tab has rendered.
    window.setTimeout(() => {
      const element = document.getElementById(itemElementId(code));
      element?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      element?.querySelector<HTMLElement>('input[type="radio"]')?.focus({ preventScroll: true });
    }, 0);
  };

  const returned = [...assessment.history].reverse().find((step) => step.toStatus === 'RETURNED');
  const titleOf = (code: string) => {
    const item = assessment.items.find((candidate) => candidate.code === code);
    return item ? (locale === 'en' ? item.titleEn : item.titleZh) : code;
  };
  const busy = save.isPending || submit.isPending;

  return (
    <Flex vertical gap="middle" data-testid="assessment-form">
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{texts.mine.title}</span>
            <Typography.Text type="secondary">{assessment.enterpriseName}</Typography.Text>
            <AssessmentStatusTag status={assessment.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {dirty && <Typography.Text type="warning">{texts.form.unsaved}</Typography.Text>}
            {!showMissing && problems.size > 0 && (
              <Button type="link" onClick={() => setShowMissing(true)} data-testid="show-missing">
                {texts.form.showMissing(problems.size)}
              </Button>
            )}
            <Button icon={<SaveOutlined />} onClick={onSave} loading={save.isPending && !submit.isPending} disabled={busy}
              data-testid="save-draft">
              {texts.form.save}
            </Button>
            <Button type="primary" icon={<SendOutlined />} onClick={onSubmit} loading={submit.isPending} disabled={busy}
              data-testid="submit-assessment">
              {texts.form.submit}
            </Button>
          </Space>
        }
      >
        <Flex vertical gap="small">
          <Flex align="center" gap="middle">
            <Typography.Text>{texts.form.progress}</Typography.Text>
            <Progress
              percent={total === 0 ? 0 : Math.round((answered * 100) / total)}
              format={() => texts.form.answered(answered, total)}
              style={{ flex: 1, margin: 0 }}
              data-testid="answer-progress"
            />
          </Flex>
          {assessment.status === 'RETURNED' && returned && (
            <Alert
              type="warning"
              showIcon
              message={texts.form.returnedTitle}
              description={returned.comment}
              data-testid="returned-comment"
            />
          )}
          {failure && <ProblemAlert error={failure} />}
          {showMissing && problems.size > 0 && (
            <Alert
              type={Object.keys(serverProblems).length > 0 ? 'error' : 'warning'}
              showIcon
              closable
              onClose={() => setShowMissing(false)}
              message={texts.form.missingTitle(problems.size)}
              data-testid="missing-list"
              description={
                <List
                  size="small"
                  style={{ maxHeight: 240, overflow: 'auto' }}
                  dataSource={[...problems]}
                  renderItem={([code, reason]) => (
                    <List.Item
                      data-testid="missing-item"
                      data-code={code}
                      actions={[
                        <Button key="jump" type="link" size="small" onClick={() => goTo(code)}>
                          {texts.form.jump}
                        </Button>,
                      ]}
                    >
                      <Typography.Text>
                        <Typography.Text type="secondary">{code}</Typography.Text> {titleOf(code)} — {reason}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              }
            />
          )}
        </Flex>
      </Card>
      <Card size="small">
        <AssessmentItems
          items={assessment.items}
          activeArea={activeArea}
          onAreaChange={setActiveArea}
          isAnswered={(item) => valueOf(item).answer !== null}
          flagged={flagged}
          renderItem={(item) => {
            const value = valueOf(item);
            return (
              <ItemCard item={item} problem={showMissing ? problems.get(item.code) : undefined}
                changed={Boolean(edits[item.code] && differs(edits[item.code], item))}>
                <Radio.Group
                  value={value.answer}
                  onChange={(event) => change(item, { answer: event.target.value as AnswerValue })}
                  aria-label={`${item.code} ${texts.field.answer}`}
                  data-testid="answer"
                >
                  {ANSWERS.map((answer) => (
                    <Radio key={answer} value={answer} data-answer={answer}>
                      {texts.answer[answer]}
                    </Radio>
                  ))}
                </Radio.Group>
                <Input.TextArea
                  value={value.comment}
                  onChange={(event) => change(item, { comment: event.target.value })}
                  placeholder={texts.form.commentPlaceholder}
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  maxLength={2000}
                  aria-label={`${item.code} ${texts.form.commentPlaceholder}`}
                  data-testid="answer-comment"
                />
                <div>
                  <Typography.Text strong>{texts.evidence.title}</Typography.Text>
                  <EvidenceFiles
                    zone={zone}
                    owner={{ kind: 'item', assessmentId: assessment.id, code: item.code }}
                    files={item.evidence}
                    editable
                  />
                </div>
              </ItemCard>
            );
          }}
        />
      </Card>
    </Flex>
  );
}
