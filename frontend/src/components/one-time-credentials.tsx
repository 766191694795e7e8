import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';

export type OneTimeCredentials = { username: string; email: string; temporaryPassword: string };

type Props = {
  title: string;
  warning: string;
  credentials: OneTimeCredentials | undefined;
  onClose: () => void;
};

/**
 * Shows a new account's temporary password: the only time anyone sees it, so the dialog closes only on purpose.
 * The caller drops the credentials on close; nothing keeps the password afterwards.
 */
export function OneTimeCredentialsDialog({ title, warning, credentials, onClose }: Props) {
  const { t } = useI18n();
  const texts = t.credentials;
  return (
    <Modal
      open={credentials !== undefined}
      title={title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="credentials-done">
          {texts.done}
        </Button>
      }
    >
      {credentials && (
        <div data-testid="one-time-credentials">
          <Alert type="warning" showIcon message={warning} style={{ marginBottom: 16 }} />
          <Descriptions
            column={1}
            bordered
            items={[
              {
                key: 'username',
                label: texts.username,
                children: (
                  <Typography.Text copyable data-testid="credentials-username">
                    {credentials.username}
                  </Typography.Text>
                ),
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
        </div>
      )}
    </Modal>
  );
}
