import { Alert, Badge, Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { paths } from '@/config/paths';
import { canManageZone, hasRole } from '@/config/roles';
import { useCreateZoneAction, useZoneActions } from '@/features/actions/api/zone-actions';
import { ActionEditor } from '@/features/actions/components/action-editor';
import { ActionStatusTag } from '@/features/actions/components/status-tags';
import { countOf, useInbox } from '@/features/inbox/api/get-inbox';
import { InboxList } from '@/features/inbox/components/inbox-list';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';
import type { ActionSummary } from '@/types/api';

/** 「专项行动」 of a zone: its to-do inbox, the actions it received and its own; ministry reads. */
export function ZoneActionsPage() {
  const { t, locale } = useI18n();
  const { code = '' } = useParams();
  const { data: me } = useMe();
  const manages = canManageZone(me, code);
  const { data: actions = [], isLoading } = useZoneActions(code);
  const { data: inbox } = useInbox(manages ? code : undefined);
  const create = useCreateZoneAction(code);
  const [editing, setEditing] = useState(false);
  if (!manages && !hasRole(me.roles, 'ministry')) return <StatusResult status={403} />;
  return (
    <Flex vertical gap="middle" data-testid="zone-actions-page">
      {!manages && <Alert type="warning" showIcon banner message={t.actions.readOnly} />}
      {manages && (
        <Card title={<Badge count={countOf(inbox, 'action')} offset={[12, 0]}>{t.inbox.title}</Badge>} data-testid="inbox">
          <InboxList zone={code} inbox={inbox} source="action" />
        </Card>
      )}
      <Card
        title={t.actions.zoneTitle}
        extra={
          manages && (
            <Button onClick={() => setEditing(true)} data-testid="new-own-action">
              {t.actions.createOwn}
            </Button>
          )
        }
      >
        <Table<ActionSummary>
          rowKey="id"
          loading={isLoading}
          dataSource={actions}
          pagination={false}
          columns={[
            {
              title: t.actions.name,
              key: 'name',
              render: (_, action) => (
                <Link to={paths.zoneAction.getHref(code, action.id)} data-testid={`zone-action-${action.id}`}>
                  {locale === 'en' ? action.nameEn : action.nameZh}
                </Link>
              ),
            },
            { key: 'owner', render: (_, action) => <Tag>{action.owner ? t.actions.own : t.actions.national}</Tag> },
            { title: t.actions.status, key: 'status', render: (_, action) => <ActionStatusTag status={action.status} /> },
            { title: t.actions.assigned, dataIndex: 'assigned' },
            { title: t.actions.completed, dataIndex: 'completed' },
            { title: t.actions.overdue, dataIndex: 'overdue', render: (value: number) => (value ? <Tag color="red">{value}</Tag> : 0) },
            { title: t.actions.missingReports, dataIndex: 'missingReports' },
            { title: t.actions.returned, dataIndex: 'returned' },
          ]}
        />
      </Card>
      <ActionEditor
        open={editing}
        national={false}
        pending={create.isPending}
        onClose={() => setEditing(false)}
        onSubmit={(form, done, failed) => create.mutate(form, { onSuccess: done, onError: failed })}
      />
    </Flex>
  );
}
