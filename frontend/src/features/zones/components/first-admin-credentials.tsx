import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { NewAdminCredentials } from '@/types/api';

type Props = { credentials: NewAdminCredentials | undefined; onClose: () => void };

/** Shows a new administrator's temporary password: the only time anyone sees it, so it closes only on purpose. */
export function FirstAdminCredentials({ credentials, onClose }: Props) {
  const { t } = useI18n();
  const texts = t.zones.credentials;
  return (
    <Modal
      open={credentials !== undefined}
      title={texts.title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {texts.done}
        </Button>
      }
    >
      {credentials && (
        <>
          <Alert type="warning" showIcon message={texts.onceWarning} style={{ marginBottom: 16 }} />
          <Descriptions
            column={1}
            bordered
            items={[
              {
                key: 'username',
                label: texts.username,
                children: <Typography.Text copyable>{credentials.username}</Typography.Text>,
              },
              { key: 'email', label: texts.email, children: credentials.email },
              {
                key: 'temporaryPassword',
                label: texts.temporaryPassword,
                children: (
                  <Typography.Text code copyable data-testid="temporary-password">
                    {credentials.temporaryPassword}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
