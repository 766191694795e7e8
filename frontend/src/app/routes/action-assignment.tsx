import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { canManageZone } from '@/config/roles';
import { useAssignment, useAttachEvidence, useSaveContact, useSaveDraft, useSubmitDraft } from '@/features/actions/api/zone-actions';
import { AssignmentView } from '@/features/actions/components/assignment-view';
import { useMe } from '@/features/me/api/get-me';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { ActionReportForm, AssignmentDetail, MeasureStatus } from '@/types/api';

type ReportValues = {
  period: string;
  status: MeasureStatus;
  progressNote?: string;
  figure?: number;
  unit?: string;
  completedOn?: Dayjs;
  naReason?: string;
};

/** The reporting form of one measure: the draft (with evidence), saved and then submitted. */
function ReportForm({ zone, detail }: { zone: string; detail: AssignmentDetail }) {
  const { t } = useI18n();
  const id = detail.assignment.id;
  const [form] = Form.useForm<ReportValues>();
  const save = useSaveDraft(zone, id);
  const submit = useSubmitDraft(zone, id);
  const attach = useAttachEvidence(zone, id);
  const [problem, setProblem] = useState<FormProblem>();
  const status = Form.useWatch('status', form);
  const draft = detail.draft;
  const today = dayjs().format('YYYY-MM-DD');
  const defaultPeriod = detail.reportingDates.find((date) => date >= today) ?? detail.reportingDates.at(-1);
  const toForm = (values: ReportValues): ActionReportForm => ({
    period: values.period,
    status: values.status,
    progressNote: values.progressNote,
    figure: values.figure,
    unit: values.unit,
    completedOn: values.completedOn?.format('YYYY-MM-DD'),
    naReason: values.naReason,
    version: draft?.version,
  });
  return (
    <Card title={t.actions.report} data-testid="report-form">
      <Form<ReportValues>
        form={form}
        layout="vertical"
        initialValues={
          draft
            ? { ...draft, completedOn: draft.completedOn ? dayjs(draft.completedOn) : undefined, figure: draft.figure ?? undefined }
            : { period: defaultPeriod, status: detail.assignment.status === 'NOT_STARTED' ? 'IN_PROGRESS' : detail.assignment.status }
        }
        onFinish={(values) => {
          setProblem(undefined);
          save.mutate(toForm(values), { onError: (error) => setProblem(showProblemOnForm(form, error)) });
        }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="period" label={t.actions.period} rules={[{ required: true }]}>
              <Select data-testid="report-period" options={detail.reportingDates.map((date) => ({ value: date, label: date }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t.actions.status} rules={[{ required: true }]}>
              <Select
                data-testid="report-status"
                options={(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'] as const).map((value) => ({
                  value,
                  label: t.actions.measureStatus[value],
                }))}
              />
            </Form.Item>
          </Col>
          {status === 'DONE' && (
            <Col span={8}>
              <Form.Item name="completedOn" label={t.actions.completedOn} rules={[{ required: true, message: t.form.required(t.actions.completedOn) }]}>
                <DatePicker style={{ width: '100%' }} data-testid="report-completed-on" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="progressNote" label={t.actions.progressNote}>
          <Input.TextArea rows={3} data-testid="report-note" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="figure" label={t.actions.figure}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unit" label={t.actions.unit}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {status === 'NOT_APPLICABLE' && (
          <Form.Item name="naReason" label={t.actions.naReason} rules={[{ required: true, message: t.form.required(t.actions.naReason) }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Space wrap>
          <Button htmlType="submit" loading={save.isPending} data-testid="save-draft">
            {t.actions.saveDraft}
          </Button>
          <Upload
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.ofd"
            showUploadList={false}
            disabled={!draft}
            customRequest={({ file, onSuccess, onError }) =>
              attach.mutate(file as File, {
                onSuccess: () => onSuccess?.({}),
                onError: (error) => {
                  setProblem({ error, fieldErrors: [] });
                  onError?.(error);
                },
              })
            }
          >
            <Button icon={<UploadOutlined />} disabled={!draft} loading={attach.isPending} data-testid="upload-evidence">
              {t.actions.upload}
            </Button>
          </Upload>
          <Button
            type="primary"
            disabled={!draft}
            loading={submit.isPending}
            data-testid="submit-report"
            onClick={() => draft && submit.mutate(draft.version, { onError: (error) => setProblem({ error, fieldErrors: [] }) })}
          >
            {t.actions.submit}
          </Button>
        </Space>
        {draft && draft.evidence.length > 0 && (
          <Flex vertical style={{ marginTop: 8 }} data-testid="draft-evidence">
            {draft.evidence.map((file) => (
              <span key={file.id}>{`${t.actions.evidence}：${file.fileName}`}</span>
            ))}
          </Flex>
        )}
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Card>
  );
}

function ContactForm({ zone, detail }: { zone: string; detail: AssignmentDetail }) {
  const { t } = useI18n();
  const save = useSaveContact(zone, detail.assignment.id);
  return (
    <Form
      layout="inline"
      initialValues={{ responsibleUnit: detail.assignment.responsibleUnit, contactPerson: detail.assignment.contactPerson }}
      onFinish={(values: { responsibleUnit: string; contactPerson: string }) =>
        save.mutate({ ...values, version: detail.assignment.version })
      }
    >
      <Form.Item name="responsibleUnit" label={t.actions.responsibleUnit} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="contactPerson" label={t.actions.contactPerson} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending}>
        {t.actions.saveContact}
      </Button>
      {save.error && <ProblemAlert error={save.error} />}
    </Form>
  );
}

/** One assignment of the zone: who answers for it, the report form (zone admins), and everything reported. */
export function ActionAssignmentPage() {
  const { t } = useI18n();
  const { code = '', id = '' } = useParams();
  const { data: me } = useMe();
  const { data, error } = useAssignment(code, Number(id));
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <Card loading />;
  const writes = canManageZone(me, code) && data.actionStatus === 'LAUNCHED';
  return (
    <Flex vertical gap="middle" data-testid="assignment-page">
      {!canManageZone(me, code) && <Alert type="warning" showIcon banner message={t.actions.readOnly} />}
      <Card title={data.actionNameZh}>
        {writes && <ContactForm key={data.assignment.version} zone={code} detail={data} />}
      </Card>
      {/* Keyed on the draft, not its version: a save must not reset what is typed or drop an upload in flight. */}
      {writes && <ReportForm key={data.draft ? `d${data.draft.id}` : `n${data.reports.length}`} zone={code} detail={data} />}
      <Card>
        <AssignmentView zone={code} detail={data} />
      </Card>
    </Flex>
  );
}
