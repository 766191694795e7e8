import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { Action, ActionForm } from '@/types/api';

type MeasureValues = { keyTask: string; number: string; titleZh: string; titleEn: string; leadDepartment: string; dueDate: Dayjs };

type Values = {
  nameZh: string;
  nameEn: string;
  year: number;
  leadDepartment: string;
  documentNo?: string;
  window: [Dayjs, Dayjs];
  scope: 'all' | 'list';
  zones?: string;
  measures: MeasureValues[];
};

/** Measures are grouped into key tasks by the key task each names, in the order they first appear. */
export function toActionForm(values: Values, national: boolean): ActionForm {
  const tasks = new Map<string, ActionForm['keyTasks'][number]>();
  for (const measure of values.measures) {
    const title = measure.keyTask.trim();
    if (!tasks.has(title)) tasks.set(title, { titleZh: title, titleEn: title, measures: [] });
    tasks.get(title)?.measures.push({
      number: measure.number,
      titleZh: measure.titleZh,
      titleEn: measure.titleEn,
      leadDepartment: measure.leadDepartment,
      dueDate: measure.dueDate.format('YYYY-MM-DD'),
    });
  }
  const listed = national && values.scope === 'list';
  return {
    nameZh: values.nameZh,
    nameEn: values.nameEn,
    year: values.year,
    leadDepartment: values.leadDepartment,
    documentNo: values.documentNo,
    windowStart: values.window[0].format('YYYY-MM-DD'),
    windowEnd: values.window[1].format('YYYY-MM-DD'),
    allZones: national && !listed,
    zones: listed ? (values.zones ?? '').split(/[,，\s]+/).filter(Boolean) : undefined,
    keyTasks: [...tasks.values()],
  };
}

type Props = {
  open: boolean;
  national: boolean;
  pending: boolean;
  onClose: () => void;
  onSubmit: (form: ActionForm, done: (action: Action) => void, failed: (error: Error) => void) => void;
};

/** Writing an action: its header, its scope (national ones), and its numbered measures under key tasks. */
export function ActionEditor({ open, national, pending, onClose, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<FormProblem>();
  const scope = Form.useWatch('scope', form);
  const required = (label: string) => [{ required: true, message: t.form.required(label) }];
  const close = () => {
    form.resetFields();
    setProblem(undefined);
    onClose();
  };
  const submit = (values: Values) => {
    setProblem(undefined);
    onSubmit(
      toActionForm(values, national),
      () => close(),
      (error) => setProblem(showProblemOnForm(form, error)),
    );
  };
  const start = dayjs().startOf('month');
  return (
    <Modal
      open={open}
      title={national ? t.actions.create : t.actions.createOwn}
      width={900}
      okText={t.actions.save}
      cancelText={t.form.cancel}
      confirmLoading={pending}
      onOk={form.submit}
      onCancel={close}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="action-editor"
        initialValues={{
          year: dayjs().year(),
          scope: 'all',
          leadDepartment: '海关总署',
          window: [start, start.add(5, 'month').endOf('month')],
          measures: [{ keyTask: '高效跨境物流', number: '1', leadDepartment: '海关总署', dueDate: start.add(3, 'month').endOf('month') }],
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="nameZh" label={t.actions.nameZh} rules={required(t.actions.nameZh)}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t.actions.nameEn} rules={required(t.actions.nameEn)}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="year" label={t.actions.year} rules={required(t.actions.year)}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="leadDepartment" label={t.actions.leadDepartment} rules={required(t.actions.leadDepartment)}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="documentNo" label={t.actions.documentNo}>
              <Input placeholder="署岸函〔2025〕17号" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="window" label={t.actions.window} rules={required(t.actions.window)}>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {national && (
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="scope" label={t.actions.scope}>
                <Radio.Group
                  options={[
                    { value: 'all', label: t.actions.allZones },
                    { value: 'list', label: t.actions.listedZones },
                  ]}
                />
              </Form.Item>
            </Col>
            {scope === 'list' && (
              <Col span={16}>
                <Form.Item name="zones" label={t.actions.zones} rules={required(t.actions.zones)}>
                  <Input placeholder="ningbo, hangzhou" data-testid="action-zones" />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        <Form.List name="measures">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top" data-testid={`measure-row-${field.name}`}>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'keyTask']} label={t.actions.keyTask} rules={required(t.actions.keyTask)}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item name={[field.name, 'number']} label={t.actions.measureNumber} rules={required(t.actions.measureNumber)}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'titleZh']} label={t.actions.measureTitleZh} rules={required(t.actions.measureTitleZh)}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'titleEn']} label={t.actions.measureTitleEn} rules={required(t.actions.measureTitleEn)}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[field.name, 'leadDepartment']} label={t.actions.leadDepartment} rules={required(t.actions.leadDepartment)}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'dueDate']} label={t.actions.dueDate} rules={required(t.actions.dueDate)}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button type="text" aria-label="remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="add-measure"
                onClick={() => {
                  const measures = form.getFieldValue('measures') as MeasureValues[] | undefined;
                  const last = measures?.[measures.length - 1];
                  add({
                    keyTask: last?.keyTask,
                    number: String((measures?.length ?? 0) + 1),
                    leadDepartment: last?.leadDepartment,
                    dueDate: last?.dueDate,
                  });
                }}
              >
                {t.actions.addMeasure}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Modal>
  );
}
