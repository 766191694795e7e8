import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { Reporter } from '@/types/api';
import { useCreateProgram, useKpis } from '../api/programs';

type KpiRow = { kpiCode: string; reporter: Reporter; baseValue: number; targetValue: number };
type Values = {
  nameZh: string;
  nameEn?: string;
  industry: string;
  leadUnit: string;
  districts?: string[];
  months: [Dayjs, Dayjs];
  windowDays?: number;
  kpis: KpiRow[];
};

/** A new draft program with its KPIs and targets (plans default to straight lines, set on the server). */
export function CreateProgram({ zone, onClose, hrefOf }: { zone: string; onClose: () => void; hrefOf: (id: number) => string }) {
  const { t, locale } = useI18n();
  const texts = t.programs;
  const [form] = Form.useForm<Values>();
  const kpis = useKpis(zone);
  const create = useCreateProgram(zone);
  const navigate = useNavigate();

  const submit = (values: Values) => {
    create.mutate(
      {
        nameZh: values.nameZh,
        nameEn: values.nameEn,
        industry: values.industry,
        leadUnit: values.leadUnit,
        districts: values.districts ?? [],
        startMonth: values.months[0].format('YYYY-MM'),
        endMonth: values.months[1].format('YYYY-MM'),
        windowDays: values.windowDays,
        kpis: (values.kpis ?? []).map((kpi) => ({ ...kpi })),
      },
      { onSuccess: (program) => void navigate(hrefOf(program.id)) },
    );
  };

  return (
    <Modal open title={texts.create} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {create.error && (
        <ProblemAlert error={create.error} fieldErrors={create.error instanceof ApiError ? create.error.errors : []} />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ windowDays: 10, kpis: [] }}>
        <Form.Item name="nameZh" label={texts.name} rules={[{ required: true, message: t.form.required(texts.name) }]}>
          <Input data-testid="program-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={texts.nameEn}>
          <Input />
        </Form.Item>
        <Flex gap="middle">
          <Form.Item name="industry" label={texts.industry} rules={[{ required: true, message: t.form.required(texts.industry) }]} style={{ flex: 1 }}>
            <Input data-testid="program-industry" />
          </Form.Item>
          <Form.Item name="leadUnit" label={texts.leadUnit} rules={[{ required: true, message: t.form.required(texts.leadUnit) }]} style={{ flex: 1 }}>
            <Input data-testid="program-lead-unit" />
          </Form.Item>
        </Flex>
        <Flex gap="middle">
          <Form.Item name="months" label={texts.months} rules={[{ required: true, message: t.form.required(texts.months) }]} style={{ flex: 2 }}>
            <DatePicker.RangePicker picker="month" data-testid="program-months" />
          </Form.Item>
          <Form.Item name="windowDays" label={texts.windowDays} style={{ flex: 1 }}>
            <InputNumber min={1} max={60} data-testid="program-window" />
          </Form.Item>
        </Flex>
        <Form.Item name="districts" label={texts.districts}>
          <Select mode="tags" tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.List name="kpis">
          {(fields, { add, remove }) => (
            <Flex vertical gap="small">
              {fields.map((field, index) => (
                <Flex key={field.key} gap="small" align="start" data-testid={`kpi-row-${index}`}>
                  <Form.Item name={[field.name, 'kpiCode']} rules={[{ required: true, message: t.form.required(texts.kpi) }]} style={{ flex: 3 }}>
                    <Select
                      placeholder={texts.kpi}
                      data-testid={`kpi-code-${index}`}
                      options={(kpis.data ?? []).map((kpi) => ({
                        value: kpi.code,
                        label: locale === 'zh-CN' ? kpi.nameZh : kpi.nameEn,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reporter']} initialValue="ENTERPRISE" style={{ flex: 2 }}>
                    <Select options={(['ENTERPRISE', 'ZONE'] as const).map((value) => ({ value, label: texts.reporters[value] }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'baseValue']} initialValue={0} style={{ flex: 2 }}>
                    <InputNumber min={0} placeholder={texts.baseValue} style={{ width: '100%' }} data-testid={`kpi-base-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'targetValue']} rules={[{ required: true, message: t.form.required(texts.targetValue) }]} style={{ flex: 2 }}>
                    <InputNumber min={0} placeholder={texts.targetValue} style={{ width: '100%' }} data-testid={`kpi-target-${index}`} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>−</Button>
                </Flex>
              ))}
              <Button onClick={() => add()} data-testid="add-kpi">
                {texts.addKpi}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Flex justify="end" gap="small" style={{ marginTop: 16 }}>
          <Button onClick={onClose}>{t.form.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="program-submit">
            {texts.save}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
