import { Alert, App, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  useReassignTask,
  useRectification,
  useRectifications,
  useTaskStep,
  type TaskStep,
} from '@/features/compliance/api/rectifications';
import { EvidenceFiles } from '@/features/compliance/components/evidence-files';
import { TaskTable } from '@/features/compliance/components/task-table';
import { isWithEnterprise, TASK_STATUSES } from '@/features/compliance/labels';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/api-client';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { RectificationTask, TaskStatus } from '@/types/api';

type Role = 'zone' | 'enterprise' | 'readOnly';

type Dialog =
  | { kind: 'reassign'; task: RectificationTask }
  | { kind: 'verify' | 'reopen'; task: RectificationTask }
  | { kind: 'submit'; task: RectificationTask };

/** Turns a failure into form errors, or (the task changed or closed meanwhile) the server's detail as a message. */
function useFailure() {
  const { message } = App.useApp();
  const { t } = useI18n();
  return (form: Parameters<typeof showProblemOnForm>[0], error: Error, close: () => void): FormProblem | undefined => {
    if (isProblem(error, 'stale-version', 'illegal-transition', 'task-closed')) {
      void message.error(error.detail ?? t.compliance.review.conflict);
      close();
      return undefined;
    }
    return showProblemOnForm(form, error);
  };
}

function ReassignModal({ zone, task, onClose }: { zone: string; task: RectificationTask; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const texts = t.compliance;
  const [form] = Form.useForm<{ owner: string; dueDate: Dayjs }>();
  const reassign = useReassignTask(zone, task.id);
  const [problem, setProblem] = useState<FormProblem>();
  const failure = useFailure();
  const onOk = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { owner, dueDate } = values;
    reassign.mutate(
      { owner: owner.trim(), dueDate: dueDate.format('YYYY-MM-DD'), version: task.version },
      {
        onSuccess: () => {
          void message.success(texts.tasks.saved);
          onClose();
        },
        onError: (error) => setProblem(failure(form, error, onClose)),
      },
    );
  };
  return (
    <Modal open title={texts.tasks.reassignTitle} onOk={onOk} onCancel={onClose} cancelText={t.form.cancel}
      okButtonProps={{ loading: reassign.isPending }} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ owner: task.owner, dueDate: dayjs(task.dueDate) }}>
        <Form.Item name="owner" label={texts.field.owner}
          rules={[{ required: true, whitespace: true, message: texts.tasks.ownerRequired }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="dueDate" label={texts.field.dueDate} rules={[{ required: true, message: texts.tasks.dueRequired }]}>
          <DatePicker allowClear={false} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Modal>
  );
}

function StepModal({ zone, task, step, onClose }: { zone: string; task: RectificationTask; step: TaskStep; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const texts = t.compliance.tasks;
  const [form] = Form.useForm<{ note?: string }>();
  const run = useTaskStep(zone, task.id, step);
  const [problem, setProblem] = useState<FormProblem>();
  const [needsEvidence, setNeedsEvidence] = useState(false);
  const failure = useFailure();
  // The enterprise sees its task's current evidence (it uploads here); the zone the list's copy suffices.
  const { data: current = task } = useRectification(zone, task.id);
  const required = step !== 'verify';
  const title = { submit: texts.submitTitle, verify: texts.verifyTitle, reopen: texts.reopenTitle }[step];
  const label = { submit: t.compliance.field.fixNote, verify: texts.verifyNote, reopen: texts.reopenNote }[step];
  const requiredMessage = step === 'submit' ? texts.fixNoteRequired : texts.reopenNoteRequired;
  const done = { submit: texts.submitted, verify: texts.verified, reopen: texts.reopened }[step];

  const onOk = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { note } = values;
    if (step === 'submit' && current.evidence.length === 0) {
      setNeedsEvidence(true);
      return;
    }
    setNeedsEvidence(false);
    run.mutate(
      { note: note?.trim() || undefined, version: current.version },
      {
        onSuccess: () => {
          void message.success(done);
          onClose();
        },
        onError: (error) => setProblem(failure(form, error, onClose)),
      },
    );
  };

  return (
    <Modal
      open
      title={title}
      onOk={onOk}
      onCancel={onClose}
      cancelText={t.form.cancel}
      okText={step === 'submit' ? texts.submit : undefined}
      okButtonProps={{ loading: run.isPending, danger: step === 'reopen', 'data-testid': 'confirm-task-step' } as never}
      destroyOnHidden
      width={640}
    >
      <Flex vertical gap="middle" data-testid="task-step-modal">
        <Typography.Text>
          <Typography.Text type="secondary">{task.itemCode}</Typography.Text> {task.titleZh}
        </Typography.Text>
        {step === 'submit' && current.zoneComment && (
          <Alert type="warning" showIcon message={texts.zoneComment} description={current.zoneComment} />
        )}
        {step !== 'reopen' && (
          <div>
            <Typography.Text strong>{t.compliance.evidence.title}</Typography.Text>
            <EvidenceFiles
              zone={zone}
              owner={{ kind: 'task', taskId: task.id }}
              files={current.evidence}
              editable={step === 'submit'}
              testId="task-evidence"
            />
          </div>
        )}
        {step !== 'submit' && current.fixNote && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t.compliance.field.fixNote}：{current.fixNote}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" initialValues={{ note: step === 'submit' ? (current.fixNote ?? '') : '' }}>
          <Form.Item
            name="note"
            label={label}
            rules={required ? [{ required: true, whitespace: true, message: requiredMessage }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3 }}
              maxLength={2000}
              placeholder={step === 'submit' ? texts.fixNotePlaceholder : undefined}
              data-testid="task-note"
            />
          </Form.Item>
        </Form>
        {needsEvidence && current.evidence.length === 0 && (
          <Alert type="error" showIcon message={texts.needsEvidence} data-testid="task-needs-evidence" />
        )}
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
      </Flex>
    </Modal>
  );
}

type Props = {
  zone: string;
  /** zone: reassign, verify, reopen; enterprise: upload evidence and submit; readOnly: ministry. */
  role: Role;
};

/** 「整改任务」: the zone's (or the enterprise's own) rectification tasks with filters and each role's actions. */
export function Rectifications({ zone, role }: Props) {
  const { t } = useI18n();
  const texts = t.compliance.tasks;
  const [status, setStatus] = useState<TaskStatus>();
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const [dialog, setDialog] = useState<Dialog>();
  const { data, isFetching } = useRectifications(zone, { status, overdue, page, size });
  const close = () => setDialog(undefined);

  const actions = (task: RectificationTask) => {
    if (role === 'enterprise') {
      return (
        isWithEnterprise(task.status) && (
          <Button size="small" type="primary" onClick={() => setDialog({ kind: 'submit', task })} data-testid="task-submit">
            {texts.handle}
          </Button>
        )
      );
    }
    if (role === 'zone') {
      return (
        <Space size={4}>
          {task.status === 'SUBMITTED' && (
            <>
              <Button size="small" type="primary" onClick={() => setDialog({ kind: 'verify', task })} data-testid="task-verify">
                {texts.verify}
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'reopen', task })} data-testid="task-reopen">
                {texts.reopen}
              </Button>
            </>
          )}
          {task.status !== 'VERIFIED' && (
            <Button size="small" onClick={() => setDialog({ kind: 'reassign', task })} data-testid="task-reassign">
              {texts.reassign}
            </Button>
          )}
        </Space>
      );
    }
    return null;
  };

  return (
    <Flex vertical gap="middle" data-testid="rectifications">
      <Space wrap>
        <Select<TaskStatus | ''>
          value={status ?? ''}
          style={{ width: 160 }}
          onChange={(value) => {
            setStatus(value || undefined);
            setPage(0);
          }}
          options={[
            { value: '', label: texts.allStatuses },
            ...TASK_STATUSES.map((value) => ({ value, label: t.compliance.taskStatus[value] })),
          ]}
          aria-label={t.compliance.field.status}
        />
        <Checkbox
          checked={overdue}
          onChange={(event) => {
            setOverdue(event.target.checked);
            setPage(0);
          }}
          data-testid="overdue-filter"
        >
          {texts.onlyOverdue}
        </Checkbox>
      </Space>
      <TaskTable
        tasks={data?.items ?? []}
        zone={zone}
        showEnterprise={role !== 'enterprise'}
        actions={role === 'readOnly' ? undefined : actions}
        loading={isFetching && !data}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: data?.total ?? 0,
          showTotal: (total) => t.compliance.total(total),
          onChange: (next, nextSize) => {
            setPage(nextSize === size ? next - 1 : 0);
            setSize(nextSize);
          },
        }}
        testId="rectifications-table"
      />
      {dialog?.kind === 'reassign' && <ReassignModal zone={zone} task={dialog.task} onClose={close} />}
      {dialog && dialog.kind !== 'reassign' && (
        <StepModal key={dialog.task.id} zone={zone} task={dialog.task} step={dialog.kind} onClose={close} />
      )}
    </Flex>
  );
}
