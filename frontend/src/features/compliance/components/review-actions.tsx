import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApproveAssessment, useReturnAssessment } from '@/features/compliance/api/assessments';
import { ProblemAlert } from '@/components/problem-alert';
import { isProblem } from '@/lib/api-client';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { Assessment } from '@/types/api';

const DEFAULT_DUE_DAYS = 30;

type Props = { zone: string; assessment: Assessment };

/** The zone's decision on a submitted assessment: return it with a comment, or approve it with a due date. */
export function ReviewActions({ zone, assessment }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const texts = t.compliance.review;
  const [open, setOpen] = useState<'return' | 'approve'>();
  const [returnForm] = Form.useForm<{ comment: string }>();
  const [approveForm] = Form.useForm<{ comment?: string; dueDate: Dayjs }>();
  const returnIt = useReturnAssessment(zone, assessment.id);
  const approve = useApproveAssessment(zone, assessment.id);
  const [problem, setProblem] = useState<FormProblem>();

  const close = () => {
    setOpen(undefined);
    setProblem(undefined);
  };

  /** Someone changed it meanwhile: the server's detail is shown and the assessment is refetched. */
  const failed = (form: Parameters<typeof showProblemOnForm>[0], error: Error) => {
    if (isProblem(error, 'stale-version', 'illegal-transition')) {
      void message.error(error.detail ?? texts.conflict);
      close();
      return;
    }
    setProblem(showProblemOnForm(form, error));
  };

  const onReturn = async () => {
    const values = await returnForm.validateFields().catch(() => undefined);
    if (!values) return;
    const { comment } = values;
    returnIt.mutate(
      { comment: comment.trim(), version: assessment.version },
      {
        onSuccess: () => {
          void message.success(texts.returned);
          close();
        },
        onError: (error) => failed(returnForm, error),
      },
    );
  };

  const onApprove = async () => {
    const values = await approveForm.validateFields().catch(() => undefined);
    if (!values) return;
    // A click that lands before the modal's fields have registered validates nothing: fall back to the default.
    const { comment, dueDate = dayjs().add(DEFAULT_DUE_DAYS, 'day') } = values;
    approve.mutate(
      { comment: comment?.trim() || undefined, dueDate: dueDate.format('YYYY-MM-DD'), version: assessment.version },
      {
        onSuccess: () => {
          void message.success(texts.approved);
          close();
        },
        onError: (error) => failed(approveForm, error),
      },
    );
  };

  return (
    <>
      <Space wrap>
        <Button
          danger
          icon={<RollbackOutlined />}
          onClick={() => {
            returnForm.resetFields();
            setOpen('return');
          }}
          data-testid="return-assessment"
        >
          {texts.return}
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          onClick={() => {
            approveForm.resetFields();
            setOpen('approve');
          }}
          data-testid="approve-assessment"
        >
          {texts.approve}
        </Button>
      </Space>
      <Modal
        open={open === 'return'}
        title={texts.returnTitle}
        okText={texts.return}
        okButtonProps={{ danger: true, loading: returnIt.isPending, 'data-testid': 'confirm-return' } as never}
        cancelText={texts.cancel}
        onOk={onReturn}
        onCancel={close}
        destroyOnHidden
      >
        <Form form={returnForm} layout="vertical" preserve={false}>
          <Form.Item
            name="comment"
            label={texts.returnComment}
            rules={[{ required: true, whitespace: true, message: texts.returnCommentRequired }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="return-comment" />
          </Form.Item>
        </Form>
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
      </Modal>
      <Modal
        open={open === 'approve'}
        title={texts.approveTitle}
        okText={texts.approve}
        okButtonProps={{ loading: approve.isPending, 'data-testid': 'confirm-approve' } as never}
        cancelText={texts.cancel}
        onOk={onApprove}
        onCancel={close}
        destroyOnHidden
      >
        <Form
          form={approveForm}
          layout="vertical"
          preserve={false}
          initialValues={{ dueDate: dayjs().add(DEFAULT_DUE_DAYS, 'day') }}
        >
          <Form.Item name="dueDate" label={texts.dueDate} rules={[{ required: true }]} extra={texts.dueDateHint}>
            <DatePicker
              allowClear={false}
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              data-testid="approve-due-date"
            />
          </Form.Item>
          <Form.Item name="comment" label={texts.approveComment}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
        </Form>
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
      </Modal>
    </>
  );
}
