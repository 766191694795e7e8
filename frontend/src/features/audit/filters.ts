import dayjs from 'dayjs';
import type { AuditParams } from '@/features/audit/api/get-audit';

/** Entity types the backend records; the filter offers these. */
export const ENTITY_TYPES = ['enterprise', 'account', 'zone'] as const;

/** The screen's state as it lives in the URL: days (YYYY-MM-DD) rather than instants, so links stay readable. */
export type AuditSearch = {
  entityType?: string;
  entityId?: string;
  actor?: string;
  /** First day, inclusive. */
  fromDay?: string;
  /** Last day, inclusive. */
  toDay?: string;
  page: number;
  size: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function auditSearchFrom(search: URLSearchParams): AuditSearch {
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const day = (name: string) => {
    const value = text(name);
    return value && DAY.test(value) && dayjs(value).isValid() ? value : undefined;
  };
  const page = Number(search.get('page') ?? 0);
  const size = Number(search.get('size') ?? 20);
  return {
    entityType: text('entityType'),
    entityId: text('entityId'),
    actor: text('actor'),
    fromDay: day('from'),
    toDay: day('to'),
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    size: [10, 20, 50, 100].includes(size) ? size : 20,
  };
}

export function auditSearchTo(state: AuditSearch): URLSearchParams {
  const search = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['entityType', state.entityType],
    ['entityId', state.entityId],
    ['actor', state.actor],
    ['from', state.fromDay],
    ['to', state.toDay],
    ['page', state.page || undefined],
    ['size', state.size === 20 ? undefined : state.size],
  ];
  for (const [name, value] of entries) if (value !== undefined && value !== '') search.set(name, String(value));
  return search;
}

/** Whole days in the browser's time zone become instants: from the first day's start to the day after the last. */
export function toAuditParams(state: AuditSearch): AuditParams {
  return {
    entityType: state.entityType,
    entityId: state.entityId,
    actor: state.actor,
    from: state.fromDay ? dayjs(state.fromDay).startOf('day').toISOString() : undefined,
    to: state.toDay ? dayjs(state.toDay).add(1, 'day').startOf('day').toISOString() : undefined,
    page: state.page,
    size: state.size,
  };
}
