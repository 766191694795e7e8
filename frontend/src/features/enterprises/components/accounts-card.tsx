import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { OneTimeCredentialsDialog, type OneTimeCredentials } from '@/components/one-time-credentials';
import { ProblemAlert } from '@/components/problem-alert';
import { useAccounts, useRemoveAccount, useSetAccountEnabled } from '@/features/enterprises/api/accounts';
import { InviteAccountModal } from '@/features/enterprises/components/invite-account-modal';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { Account, Enterprise } from '@/types/api';

type Props = {
  zone: string;
  enterprise: Enterprise;
  /** The zone's administrators invite, disable, enable and remove; ministry only looks. */
  canManage: boolean;
};

/** The enterprise's Keycloak accounts. */
export function AccountsCard({ zone, enterprise, canManage }: Props) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const accounts = useAccounts(zone, enterprise.id);
  const setEnabled = useSetAccountEnabled(zone, enterprise.id);
  const remove = useRemoveAccount(zone, enterprise.id);
  const [inviting, setInviting] = useState(false);
  // Held only while the dialog is open: closing it forgets the password for good.
  const [credentials, setCredentials] = useState<OneTimeCredentials>();
  const texts = t.enterprises.accounts;
  const active = enterprise.status === 'ACTIVE';

  const failed = (error: Error) =>
    void message.error(error instanceof ApiError && error.detail ? error.detail : t.errors.genericDetail);

  const columns: TableColumnsType<Account> = [
    {
      title: texts.username,
      dataIndex: 'username',
      // Keycloak usernames are the email for invited users: show the address only when it differs.
      render: (username: string, account) => (
        <Flex vertical>
          <span>{username}</span>
          {account.email && account.email !== username && (
            <Typography.Text type="secondary">{account.email}</Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: texts.name, key: 'name', render: (_, account) => texts.fullName(account.lastName, account.firstName) },
    {
      title: texts.status,
      key: 'status',
      render: (_, account) => (
        <Space size={[0, 4]} wrap>
          {account.enabled ? <Tag color="green">{texts.enabled}</Tag> : <Tag>{texts.disabled}</Tag>}
          {account.passwordChangePending && <Tag color="gold">{texts.passwordPending}</Tag>}
        </Space>
      ),
    },
    { title: texts.createdAt, dataIndex: 'createdAt', render: (createdAt: string) => formatDateTime(createdAt) },
    ...(canManage
      ? [
          {
            title: texts.actions,
            key: 'actions',
            render: (_: unknown, account: Account) => (
              <Space size={0}>
                <Button
                  type="link"
                  disabled={!account.enabled && !active}
                  onClick={() =>
                    setEnabled.mutate(
                      { userId: account.id, enabled: !account.enabled },
                      {
                        onSuccess: () => void message.success(account.enabled ? texts.disabledDone : texts.enabledDone),
                        onError: failed,
                      },
                    )
                  }
                >
                  {account.enabled ? texts.disable : texts.enable}
                </Button>
                <Popconfirm
                  title={texts.removeConfirm(account.username)}
                  description={texts.removeHint}
                  okText={texts.remove}
                  okButtonProps={{ danger: true }}
                  cancelText={t.form.cancel}
                  onConfirm={() =>
                    remove.mutateAsync(account.id).then(
                      () => void message.success(texts.removed),
                      (error: Error) => failed(error),
                    )
                  }
                >
                  <Button type="link" danger>
                    {texts.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const inviteButton = (
    <Button
      type="primary"
      icon={<UserAddOutlined />}
      disabled={!active}
      onClick={() => setInviting(true)}
      data-testid="invite-account"
    >
      {texts.invite}
    </Button>
  );

  return (
    <Card
      title={texts.title}
      data-testid="accounts-card"
      extra={canManage && (active ? inviteButton : <Tooltip title={texts.inactiveHint}>{inviteButton}</Tooltip>)}
    >
      {accounts.isError && <ProblemAlert error={accounts.error} />}
      <Table<Account>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={accounts.data}
        loading={accounts.isFetching}
        pagination={false}
        locale={{ emptyText: texts.empty }}
        scroll={{ x: 'max-content' }}
      />
      {inviting && (
        <InviteAccountModal
          zone={zone}
          enterprise={enterprise}
          onClose={() => setInviting(false)}
          onInvited={({ account, temporaryPassword }) => {
            setInviting(false);
            setCredentials({ username: account.username, email: account.email, temporaryPassword });
          }}
        />
      )}
      <OneTimeCredentialsDialog
        title={texts.credentialsTitle}
        warning={texts.onceWarning}
        credentials={credentials}
        onClose={() => setCredentials(undefined)}
      />
    </Card>
  );
}
