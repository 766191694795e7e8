import { Button, DatePicker, Flex, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useAudit } from '@/features/audit/api/get-audit';
import { ChangeList } from '@/features/audit/components/change-list';
import { auditSearchFrom, auditSearchTo, ENTITY_TYPES, toAuditParams, type AuditSearch } from '@/features/audit/filters';
import { useI18n } from '@/lib/i18n';
import type { AuditEntry } from '@/types/api';

const ONE_LINE = {
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
  onCell: () => ({ style: { whiteSpace: 'nowrap', verticalAlign: 'top' } }),
} as const;

/** A zone's audit trail, newest first, filtered by entity type, person and period; its state lives in the URL. */
export function AuditTable({ zone }: { zone: string }) {
  const { t, formatDateTime } = useI18n();
  const [search, setSearch] = useSearchParams();
  const state = auditSearchFrom(search);
  const trail = useAudit(zone, toAuditParams(state));
  const texts = t.audit;
  const typeLabel = (type: string) => (Object.hasOwn(texts.entityTypes, type) ? texts.entityTypes[type] : type);

  const update = (changes: Partial<AuditSearch>) =>
    setSearch(auditSearchTo({ ...state, page: 0, ...changes }), { replace: true });

  const entity = (entry: AuditEntry) => {
    const label = typeLabel(entry.entityType);
    if (entry.entityType === 'enterprise') {
      const name = entry.after?.nameZh ?? entry.before?.nameZh;
      return (
        <Link to={paths.zoneEnterprise.getHref(zone, entry.entityId)}>
          {label} {typeof name === 'string' ? name : entry.entityId}
        </Link>
      );
    }
    if (entry.entityType === 'account') {
      const username = entry.after?.username ?? entry.before?.username;
      return `${label} ${typeof username === 'string' ? username : entry.entityId}`;
    }
    return `${label} ${entry.entityId}`;
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: texts.occurredAt, dataIndex: 'occurredAt', ...ONE_LINE, render: (at: string) => formatDateTime(at) },
    { title: texts.actor, dataIndex: 'actor', ...ONE_LINE },
    { title: texts.entity, key: 'entity', ...ONE_LINE, render: (_, entry) => entity(entry) },
    {
      title: texts.action,
      dataIndex: 'action',
      ...ONE_LINE,
      render: (action: string) => <Tag>{Object.hasOwn(texts.actions, action) ? texts.actions[action] : action}</Tag>,
    },
    {
      title: texts.changes,
      key: 'changes',
      onCell: () => ({ style: { verticalAlign: 'top' } }),
      render: (_, entry) => <ChangeList entry={entry} />,
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Space wrap>
        <Select
          aria-label={texts.entityType}
          placeholder={texts.allTypes}
          allowClear
          style={{ width: 140 }}
          value={state.entityType}
          onChange={(entityType?: string) => update({ entityType, entityId: undefined })}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
        />
        <Input.Search
          aria-label={texts.actor}
          placeholder={texts.actorPlaceholder}
          allowClear
          style={{ width: 200 }}
          defaultValue={state.actor}
          onSearch={(actor) => update({ actor: actor.trim() || undefined })}
        />
        <DatePicker.RangePicker
          aria-label={texts.dateRange}
          value={[state.fromDay ? dayjs(state.fromDay) : null, state.toDay ? dayjs(state.toDay) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            update({ fromDay: range?.[0]?.format('YYYY-MM-DD'), toDay: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        {state.entityType && state.entityId && (
          <Tag
            closable
            onClose={() => update({ entityType: undefined, entityId: undefined })}
            data-testid="audit-entity-filter"
          >
            {texts.onlyEntity(typeLabel(state.entityType), state.entityId)}
          </Tag>
        )}
        {(state.entityType || state.actor || state.fromDay || state.toDay) && (
          <Button type="link" onClick={() => setSearch(new URLSearchParams(), { replace: true })}>
            {texts.showAll}
          </Button>
        )}
      </Space>
      {trail.isError && <ProblemAlert error={trail.error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        data-testid="audit-table"
        columns={columns}
        dataSource={trail.data?.items}
        loading={trail.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={(pagination) =>
          setSearch(
            auditSearchTo({
              ...state,
              size: pagination.pageSize ?? state.size,
              page: pagination.pageSize !== state.size ? 0 : (pagination.current ?? 1) - 1,
            }),
            { replace: true },
          )
        }
        pagination={{
          current: state.page + 1,
          pageSize: state.size,
          total: trail.data?.total,
          showSizeChanger: true,
          showTotal: texts.total,
        }}
      />
    </Flex>
  );
}
