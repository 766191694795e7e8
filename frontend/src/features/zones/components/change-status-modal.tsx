import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useUpdateZone } from '@/features/zones/api/update-zone';
import { ZONE_STATUSES } from '@/config/zone-statuses';
import { isProblem } from '@/lib/api-client';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { useI18n } from '@/lib/i18n';
import type { Zone, ZoneStatus } from '@/types/api';

type FormValues = { status: ZoneStatus; mergedInto?: string };

type Props = { zone: Zone | undefined; onClose: () => void };

export function ChangeStatusModal({ zone, onClose }: Props) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const status = Form.useWatch('status', form);
  const updateZone = useUpdateZone();
  const [problem, setProblem] = useState<FormProblem>();

  const close = () => {
    form.resetFields();
    setProblem(undefined);
    onClose();
  };

  const submit = ({ status, mergedInto }: FormValues) => {
    if (!zone) return;
    setProblem(undefined);
    updateZone.mutate(
      { code: zone.code, changes: { status, mergedInto: status === 'MERGED' ? mergedInto : undefined, version: zone.version } },
      {
        onSuccess: () => {
          message.success(t.zones.changeStatus.saved);
          close();
        },
        onError: (error) => {
          // Changed by someone else, or no longer allowed from the zone's current status.
          if (isProblem(error, 'stale-version', 'illegal-transition')) {
            close();
            modal.error({
              title: t.zones.changeStatus.conflictTitle,
              content: (
                <>
                  {error.detail && <p>{error.detail}</p>}
                  <p>{t.zones.changeStatus.conflictHint}</p>
                </>
              ),
            });
            return;
          }
          setProblem(showProblemOnForm(form, error));
        },
      },
    );
  };

  return (
    <Modal
      open={zone !== undefined}
      title={zone && t.zones.changeStatus.title(zone.nameZh)}
      okText={t.zones.changeStatus.save}
      cancelText={t.form.cancel}
      confirmLoading={updateZone.isPending}
      onOk={form.submit}
      onCancel={close}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="status"
          label={t.zones.changeStatus.newStatus}
          rules={[{ required: true, message: t.form.required(t.zones.changeStatus.newStatus) }]}
        >
          <Select
            options={ZONE_STATUSES.filter((s) => s !== zone?.status).map((s) => ({ value: s, label: t.zones.status[s] }))}
          />
        </Form.Item>
        {status === 'MERGED' && (
          <Form.Item
            name="mergedInto"
            label={t.zones.field.mergedInto}
            rules={[{ required: true, message: t.form.required(t.zones.field.mergedInto) }]}
          >
            <Input />
          </Form.Item>
        )}
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />}
    </Modal>
  );
}
