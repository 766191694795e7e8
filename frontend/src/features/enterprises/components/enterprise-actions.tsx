import { EditOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { STATUS_ACTIONS, useChangeStatus, type StatusAction } from '@/features/enterprises/api/save-enterprise';
import { EnterpriseFormModal } from '@/features/enterprises/components/enterprise-form-modal';
import { ApiError, isProblem } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { Enterprise, EnterpriseStatus } from '@/types/api';

/** Where an enterprise may go from each status; deregistered is final. */
const NEXT: Record<EnterpriseStatus, StatusAction[]> = {
  ACTIVE: ['suspend', 'deregister'],
  SUSPENDED: ['reactivate', 'deregister'],
  DEREGISTERED: [],
};

/** A zone admin's actions on an enterprise: edit, and its lifecycle moves (each confirmed first). */
export function EnterpriseActions({ zone, enterprise }: { zone: string; enterprise: Enterprise }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const changeStatus = useChangeStatus(zone, enterprise.id);
  const texts = t.enterprises.lifecycle;

  const confirm = (action: StatusAction) => {
    const label = texts[action];
    modal.confirm({
      title: texts.confirmTitle(label, enterprise.nameZh),
      content: texts[`${action}Hint`],
      okText: label,
      okButtonProps: { danger: action !== 'reactivate' },
      cancelText: t.form.cancel,
      onOk: () =>
        changeStatus
          .mutateAsync({ action, version: enterprise.version })
          .then(() => void message.success(texts.done(label)))
          .catch((error: unknown) => {
            modal.error({
              title: texts.failedTitle,
              content: (
                <>
                  {error instanceof ApiError && error.detail && <p>{error.detail}</p>}
                  {isProblem(error, 'stale-version', 'illegal-transition') && <p>{texts.conflictHint}</p>}
                </>
              ),
            });
          }),
    });
  };

  return (
    <Space wrap>
      <Button
        icon={<EditOutlined />}
        disabled={enterprise.status === 'DEREGISTERED'}
        onClick={() => setEditing(true)}
        data-testid="edit-enterprise"
      >
        {t.enterprises.form.edit}
      </Button>
      {NEXT[enterprise.status].map((action) => (
        <Button
          key={action}
          danger={STATUS_ACTIONS[action] !== 'ACTIVE'}
          loading={changeStatus.isPending && changeStatus.variables?.action === action}
          onClick={() => confirm(action)}
        >
          {texts[action]}
        </Button>
      ))}
      {editing && (
        <EnterpriseFormModal
          zone={zone}
          enterprise={enterprise}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
    </Space>
  );
}
