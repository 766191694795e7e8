import { Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { PROVINCE_OPTIONS } from '@/config/provinces';
import { useCreateZone } from '@/features/zones/api/create-zone';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { CreatedZone, CreateZoneRequest, FirstAdmin } from '@/types/api';

type FormValues = Omit<CreateZoneRequest, 'approvedOn' | 'firstAdmin'> & {
  approvedOn: Dayjs;
  firstAdmin?: Partial<FirstAdmin>;
};

function toRequest({ approvedOn, firstAdmin = {}, ...zone }: FormValues): CreateZoneRequest {
  const request: CreateZoneRequest = { ...zone, approvedOn: approvedOn.format('YYYY-MM-DD') };
  // The administrator is optional as a whole: a half-filled one is sent so the server names the missing fields.
  if (Object.values(firstAdmin).some(Boolean)) {
    const { email = '', firstName = '', lastName = '' } = firstAdmin;
    request.firstAdmin = { email, firstName, lastName };
  }
  return request;
}

type Props = { open: boolean; onClose: () => void; onCreated: (created: CreatedZone) => void };

export function CreateZoneModal({ open, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const createZone = useCreateZone();
  const [problem, setProblem] = useState<FormProblem>();
  const field = t.zones.field;
  const required = (label: string) => [{ required: true, message: t.form.required(label) }];

  const close = () => {
    form.resetFields();
    setProblem(undefined);
    onClose();
  };

  const submit = (values: FormValues) => {
    setProblem(undefined);
    createZone.mutate(toRequest(values), {
      onSuccess: (created) => {
        close();
        onCreated(created);
      },
      onError: (error) => setProblem(showProblemOnForm(form, error)),
    });
  };

  return (
    <Modal
      open={open}
      title={t.zones.create.title}
      width={640}
      okText={t.zones.create.submit}
      cancelText={t.form.cancel}
      confirmLoading={createZone.isPending}
      onOk={form.submit}
      onCancel={close}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="code" label={field.code} extra={t.zones.create.codeHint} rules={required(field.code)}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="province" label={field.province} rules={required(field.province)}>
              <Select showSearch options={PROVINCE_OPTIONS} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nameZh" label={field.nameZh} rules={required(field.nameZh)}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={field.nameEn} rules={required(field.nameEn)}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="batch" label={field.batch} rules={required(field.batch)}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="approvedOn" label={field.approvedOn} rules={required(field.approvedOn)}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>
          {t.zones.create.firstAdmin}
        </Divider>
        <Form.Item
          name={['firstAdmin', 'email']}
          label={t.zones.create.email}
          rules={[{ type: 'email', message: t.form.invalidEmail }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name={['firstAdmin', 'lastName']} label={t.zones.create.lastName}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['firstAdmin', 'firstName']} label={t.zones.create.firstName}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Modal>
  );
}
