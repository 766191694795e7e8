import { Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useInviteAccount } from '@/features/enterprises/api/accounts';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { Enterprise, Invitation, InvitedAccount } from '@/types/api';

type Props = {
  zone: string;
  enterprise: Enterprise;
  onClose: () => void;
  onInvited: (invited: InvitedAccount) => void;
};

/** Email and name of a new enterprise user; a 409 on `email` (someone else's address) lands on the field. */
export function InviteAccountModal({ zone, enterprise, onClose, onInvited }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Invitation>();
  const invite = useInviteAccount(zone, enterprise.id);
  const [problem, setProblem] = useState<FormProblem>();
  const texts = t.enterprises.accounts;
  const required = (label: string) => [{ required: true, whitespace: true, message: t.form.required(label) }];

  const submit = ({ email, firstName, lastName }: Invitation) => {
    setProblem(undefined);
    invite.mutate(
      { email: email.trim(), firstName: firstName.trim(), lastName: lastName.trim() },
      { onSuccess: onInvited, onError: (error) => setProblem(showProblemOnForm(form, error)) },
    );
  };

  return (
    <Modal
      open
      title={texts.inviteTitle(enterprise.nameZh)}
      okText={texts.submit}
      cancelText={t.form.cancel}
      confirmLoading={invite.isPending}
      onOk={form.submit}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{texts.inviteHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="email"
          label={texts.email}
          rules={[...required(texts.email), { type: 'email', message: t.form.invalidEmail }]}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="lastName" label={texts.lastName} rules={required(texts.lastName)}>
              <Input autoComplete="off" maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="firstName" label={texts.firstName} rules={required(texts.firstName)}>
              <Input autoComplete="off" maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Modal>
  );
}
