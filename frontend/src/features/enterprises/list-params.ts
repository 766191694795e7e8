import {
  ENTERPRISE_SORT_KEYS,
  type EnterpriseListParams,
  type EnterpriseSort,
} from '@/features/enterprises/api/get-enterprises';
import { isCustomsMode, isEnterpriseKind, isEnterpriseStatus } from '@/features/enterprises/labels';

export const DEFAULT_LIST_PARAMS: EnterpriseListParams = { page: 0, size: 20, sort: 'nameZh,asc' };

export const PAGE_SIZES = [10, 20, 50, 100];

function isSort(value: string | null): value is EnterpriseSort {
  const [key, direction, ...rest] = value?.split(',') ?? [];
  return (
    rest.length === 0 &&
    (ENTERPRISE_SORT_KEYS as readonly string[]).includes(key) &&
    ['asc', 'desc'].includes(direction)
  );
}

function text(value: string | null): string | undefined {
  return value?.trim() || undefined;
}

/**
 * The list's state as it lives in the URL (so the back button and shared links keep filters, sort and page).
 * Anything unknown falls back to the default.
 */
export function listParamsFromSearch(search: URLSearchParams): EnterpriseListParams {
  const page = Number(search.get('page') ?? DEFAULT_LIST_PARAMS.page);
  const size = Number(search.get('size') ?? DEFAULT_LIST_PARAMS.size);
  const sort = search.get('sort');
  const kind = search.get('kind');
  const status = search.get('status');
  const customsMode = search.get('customsMode');
  return {
    page: Number.isInteger(page) && page >= 0 ? page : DEFAULT_LIST_PARAMS.page,
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_LIST_PARAMS.size,
    sort: sort === 'none' ? undefined : isSort(sort) ? sort : DEFAULT_LIST_PARAMS.sort,
    name: text(search.get('name')),
    creditCode: text(search.get('creditCode')),
    kind: isEnterpriseKind(kind) ? kind : undefined,
    status: isEnterpriseStatus(status) ? status : undefined,
    customsMode: isCustomsMode(customsMode) ? customsMode : undefined,
  };
}

/** The URL query for the list's state; defaults are left out to keep links short. */
export function listParamsToSearch(params: EnterpriseListParams): URLSearchParams {
  const search = new URLSearchParams();
  const { page, size, sort, ...filters } = params;
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, String(value));
  if (sort !== DEFAULT_LIST_PARAMS.sort) search.set('sort', sort ?? 'none');
  if (page !== DEFAULT_LIST_PARAMS.page) search.set('page', String(page));
  if (size !== DEFAULT_LIST_PARAMS.size) search.set('size', String(size));
  return search;
}
