import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { enterpriseQueryOptions } from '@/features/enterprises/api/get-enterprise';
import { useCreateEnterprise, useUpdateEnterprise } from '@/features/enterprises/api/save-enterprise';
import { CUSTOMS_MODES, ENTERPRISE_KINDS } from '@/features/enterprises/labels';
import { ApiError, isProblem } from '@/lib/api-client';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { ContactFields } from '@/features/enterprises/components/contact-fields';
import { useI18n } from '@/lib/i18n';
import type { CustomsMode, Enterprise, EnterpriseForm, EnterpriseKind } from '@/types/api';

type FormValues = {
  creditCode: string;
  creditCodeOverrideReason?: string | null;
  nameZh: string;
  nameEn?: string | null;
  kinds: EnterpriseKind[];
  customsCode?: string | null;
  customsModes?: CustomsMode[];
  district?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  exportValueCny?: number | null;
  importValueCny?: number | null;
};

function valuesOf(enterprise: Enterprise): FormValues {
  return {
    creditCode: enterprise.creditCode,
    creditCodeOverrideReason: enterprise.creditCodeOverrideReason,
    nameZh: enterprise.nameZh,
    nameEn: enterprise.nameEn,
    kinds: enterprise.kinds,
    customsCode: enterprise.customsCode,
    customsModes: enterprise.customsModes,
    district: enterprise.district,
    address: enterprise.address,
    contactName: enterprise.contactName,
    contactPhone: enterprise.contactPhone,
    contactEmail: enterprise.contactEmail,
    exportValueCny: enterprise.exportValueCny,
    importValueCny: enterprise.importValueCny,
  };
}

/** Blank optional text is left out, which the server reads as none (an empty customs code would fail its pattern). */
function optional(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

function toRequest(values: FormValues, version: number | undefined): EnterpriseForm {
  return {
    creditCode: values.creditCode.trim().toUpperCase(),
    creditCodeOverrideReason: optional(values.creditCodeOverrideReason),
    nameZh: values.nameZh.trim(),
    nameEn: optional(values.nameEn),
    kinds: values.kinds,
    customsCode: optional(values.customsCode),
    customsModes: values.customsModes ?? [],
    district: optional(values.district),
    address: optional(values.address),
    contactName: optional(values.contactName),
    contactPhone: optional(values.contactPhone),
    contactEmail: optional(values.contactEmail),
    exportValueCny: values.exportValueCny ?? undefined,
    importValueCny: values.importValueCny ?? undefined,
    ...(version !== undefined && { version }),
  };
}

/**
 * The backend refuses a code that fails only its check character with `credit-code.check-character` on
 * creditCode: the admin may then accept it with a recorded reason.
 */
function isCheckCharacterError(error: Error): boolean {
  return (
    error instanceof ApiError &&
    error.errors.some(({ field, code }) => field === 'creditCode' && code === 'credit-code.check-character')
  );
}

type Props = {
  zone: string;
  /** The enterprise to edit, as the page shows it; none to create one. */
  enterprise?: Enterprise;
  onClose: () => void;
  onSaved: (enterprise: Enterprise) => void;
};

/** Create or edit an enterprise. Mount it when it opens: it keeps the version it started from. */
export function EnterpriseFormModal({ zone, enterprise, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateEnterprise(zone);
  const update = useUpdateEnterprise(zone, enterprise?.id ?? 0);
  const saving = enterprise ? update : create;
  // The version this form started from: a later background refetch must not silently move it forward.
  const [baseVersion, setBaseVersion] = useState(enterprise?.version);
  const [showOverride, setShowOverride] = useState(Boolean(enterprise?.creditCodeOverrideReason));
  const [problem, setProblem] = useState<FormProblem>();
  const [conflict, setConflict] = useState<ApiError>();
  const [reloading, setReloading] = useState(false);
  const field = t.enterprises.field;
  const texts = t.enterprises.form;
  const required = (label: string) => [{ required: true, whitespace: true, message: t.form.required(label) }];

  const submit = (values: FormValues) => {
    setProblem(undefined);
    setConflict(undefined);
    saving.mutate(toRequest(values, enterprise ? baseVersion : undefined), {
      onSuccess: (saved) => {
        message.success(enterprise ? texts.saved : texts.created(saved.nameZh));
        onSaved(saved);
      },
      onError: (error) => {
        // Someone saved the enterprise since this form opened: offer to reload rather than overwrite.
        if (enterprise && isProblem(error, 'stale-version')) {
          setConflict(error);
          return;
        }
        const left = showProblemOnForm(form, error);
        if (isCheckCharacterError(error)) {
          setShowOverride(true);
          form.setFields([{ name: 'creditCode', errors: [texts.checkCharacterWrong] }]);
        }
        setProblem(left);
      },
    });
  };

  const reload = async () => {
    if (!enterprise) return;
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...enterpriseQueryOptions(zone, enterprise.id), staleTime: 0 });
      form.resetFields();
      form.setFieldsValue(valuesOf(fresh));
      setBaseVersion(fresh.version);
      setShowOverride(Boolean(fresh.creditCodeOverrideReason));
      setConflict(undefined);
      setProblem(undefined);
      message.success(texts.reloaded);
    } catch (error) {
      setProblem({ error: error as Error, fieldErrors: [] });
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open
      title={enterprise ? texts.editTitle(enterprise.nameZh) : texts.createTitle}
      width={760}
      okText={enterprise ? texts.submitEdit : texts.submitCreate}
      cancelText={t.form.cancel}
      confirmLoading={saving.isPending}
      okButtonProps={{ disabled: conflict !== undefined }}
      onOk={form.submit}
      onCancel={onClose}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="enterprise-conflict"
          style={{ marginBottom: 16 }}
          message={texts.conflictTitle}
          description={
            <>
              <div>{texts.conflictDetail}</div>
              {conflict.detail && <div>{conflict.detail}</div>}
            </>
          }
          action={
            <Button size="small" type="primary" loading={reloading} onClick={() => void reload()}>
              {texts.reload}
            </Button>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={enterprise ? valuesOf(enterprise) : { kinds: [], customsModes: [] }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="creditCode" label={field.creditCode} rules={required(field.creditCode)}>
              <Input autoComplete="off" maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="customsCode"
              label={field.customsCode}
              extra={texts.customsCodeHint}
              rules={[{ pattern: /^\d{10}$/, message: texts.invalidCustomsCode }]}
            >
              <Input autoComplete="off" maxLength={10} />
            </Form.Item>
          </Col>
        </Row>
        {/* Registered even while hidden, so a server error naming it still lands on it. */}
        <Form.Item
          name="creditCodeOverrideReason"
          label={field.creditCodeOverrideReason}
          extra={texts.overrideHint}
          hidden={!showOverride}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="nameZh" label={field.nameZh} rules={required(field.nameZh)}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={field.nameEn}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="kinds"
          label={field.kinds}
          rules={[{ required: true, type: 'array', min: 1, message: texts.kindsRequired }]}
        >
          <Checkbox.Group options={ENTERPRISE_KINDS.map((kind) => ({ value: kind, label: t.enterprises.kind[kind] }))} />
        </Form.Item>
        <Form.Item name="customsModes" label={field.customsModes}>
          <Checkbox.Group options={CUSTOMS_MODES.map((mode) => ({ value: mode, label: t.enterprises.mode[mode] }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="district" label={field.district}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="address" label={field.address}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <ContactFields />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="exportValueCny" label={field.exportValueCny}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="importValueCny" label={field.importValueCny}>
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Modal>
  );
}
