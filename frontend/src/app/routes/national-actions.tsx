import { Button, Card, Flex, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useCreateNationalAction, useNationalActions, useNationalStep } from '@/features/actions/api/national-actions';
import { ActionEditor } from '@/features/actions/components/action-editor';
import { ActionStatusTag } from '@/features/actions/components/status-tags';
import { useI18n } from '@/lib/i18n';
import type { Action } from '@/types/api';

/** 「专项行动」 for ministry: the national actions, a new one, and launching a draft. */
export function NationalActionsPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { data = [], isLoading } = useNationalActions();
  const create = useCreateNationalAction();
  const launch = useNationalStep('launch');
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={t.actions.nationalTitle}
      data-testid="national-actions-page"
      extra={
        <Button type="primary" onClick={() => setEditing(true)} data-testid="new-action">
          {t.actions.create}
        </Button>
      }
    >
      <Table<Action>
        rowKey="id"
        loading={isLoading}
        dataSource={data}
        pagination={false}
        columns={[
          {
            title: t.actions.name,
            key: 'name',
            render: (_, action) => (
              <Link to={paths.nationalAction.getHref(action.id)}>{locale === 'en' ? action.nameEn : action.nameZh}</Link>
            ),
          },
          { title: t.actions.year, dataIndex: 'year', width: 80 },
          { title: t.actions.documentNo, dataIndex: 'documentNo', width: 200 },
          { title: t.actions.window, key: 'window', render: (_, action) => `${action.windowStart} – ${action.windowEnd}` },
          { title: t.actions.scope, key: 'scope', render: (_, action) => (action.allZones ? t.actions.allZones : action.zones.join('、')) },
          { title: t.actions.status, key: 'status', render: (_, action) => <ActionStatusTag status={action.status} /> },
          {
            key: 'act',
            render: (_, action) =>
              action.status === 'DRAFT' ? (
                <Button
                  size="small"
                  data-testid={`launch-${action.id}`}
                  loading={launch.isPending}
                  onClick={() => launch.mutate({ id: action.id, version: action.version })}
                >
                  {t.actions.launch}
                </Button>
              ) : null,
          },
        ]}
      />
      <Flex />
      <ActionEditor
        open={editing}
        national
        pending={create.isPending}
        onClose={() => setEditing(false)}
        onSubmit={(form, done, failed) =>
          create.mutate(form, {
            onSuccess: (action) => {
              done(action);
              void navigate(paths.nationalActions.getHref());
            },
            onError: failed,
          })
        }
      />
    </Card>
  );
}
