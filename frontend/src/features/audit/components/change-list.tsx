import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import type { Messages } from '@/locales/zh-CN';
import type { AuditEntry } from '@/types/api';
import { isRecord } from '@/utils/is-record';

const MONEY_FIELDS = new Set(['exportValueCny', 'importValueCny']);

type Formatters = { t: Messages; formatMoney: (yuan: number) => string };

function lookup(labels: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/** A field's label for the kind of record it belongs to; the raw name when the screen does not know it. */
function fieldLabel(t: Messages, entityType: string, field: string): string {
  const labels: Record<string, string> =
    entityType === 'enterprise' ? t.enterprises.field : entityType === 'zone' ? t.zones.field : t.audit.accountField;
  return lookup(labels, field) ?? field;
}

/** One value as people read it: localized codes, money in yuan, yes/no, lists joined. */
function formatValue({ t, formatMoney }: Formatters, entityType: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t.audit.none;
  if (Array.isArray(value)) {
    if (value.length === 0) return t.audit.none;
    return value.map((item) => formatValue({ t, formatMoney }, entityType, field, item)).join('、');
  }
  if (typeof value === 'boolean') return value ? t.audit.yes : t.audit.no;
  if (typeof value === 'number' && MONEY_FIELDS.has(field)) return formatMoney(value);
  if (typeof value === 'string') {
    if (entityType === 'enterprise') {
      const labels: Record<string, string> | undefined =
        field === 'kinds'
          ? t.enterprises.kind
          : field === 'customsModes'
            ? t.enterprises.mode
            : field === 'status'
              ? t.enterprises.status
              : undefined;
      return (labels && lookup(labels, value)) ?? value;
    }
    if (entityType === 'zone' && field === 'status') return lookup(t.zones.status, value) ?? value;
    return value;
  }
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/** The fields an entry changed, each as before → after (only after for a new record, only before for a removed one). */
export function ChangeList({ entry }: { entry: AuditEntry }) {
  const { t, formatMoney } = useI18n();
  const before = isRecord(entry.before) ? entry.before : undefined;
  const after = isRecord(entry.after) ? entry.after : undefined;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => field !== 'id',
  );
  if (fields.length === 0) return <Typography.Text type="secondary">{t.audit.none}</Typography.Text>;

  const show = (field: string, value: unknown) => formatValue({ t, formatMoney }, entry.entityType, field, value);
  return (
    <Flex vertical gap={2} data-testid="audit-changes">
      {fields.map((field) => {
        let change: ReactNode;
        if (before && after) {
          change = (
            <>
              <Typography.Text delete type="secondary">
                {show(field, before[field])}
              </Typography.Text>
              {' → '}
              <Typography.Text>{show(field, after[field])}</Typography.Text>
            </>
          );
        } else {
          change = <Typography.Text delete={!after}>{show(field, (after ?? before)?.[field])}</Typography.Text>;
        }
        return (
          <div key={field} data-field={field}>
            <Typography.Text strong>{fieldLabel(t, entry.entityType, field)}</Typography.Text>: {change}
          </div>
        );
      })}
    </Flex>
  );
}
