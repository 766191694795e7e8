import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { enterpriseKeys } from '@/features/enterprises/api/keys';
import { enterprisesApi } from '@/features/enterprises/api/paths';
import { api } from '@/lib/api-client';
import type { CustomsMode, EnterpriseKind, EnterprisePage, EnterpriseStatus } from '@/types/api';

/** Keys the server accepts in `sort` (`key,asc` or `key,desc`). */
export const ENTERPRISE_SORT_KEYS = ['nameZh', 'creditCode', 'status', 'exportValueCny', 'updatedAt'] as const;
export type EnterpriseSortKey = (typeof ENTERPRISE_SORT_KEYS)[number];
export type EnterpriseSort = `${EnterpriseSortKey},${'asc' | 'desc'}`;

/** The list's filters, also those of the export. */
export type EnterpriseFilters = {
  /** Part of the Chinese or English name. */
  name?: string;
  /** The start of the credit code. */
  creditCode?: string;
  kind?: EnterpriseKind;
  status?: EnterpriseStatus;
  customsMode?: CustomsMode;
};

export type EnterpriseListParams = EnterpriseFilters & { page: number; size: number; sort?: EnterpriseSort };

export function getEnterprises(zone: string, params: EnterpriseListParams): Promise<EnterprisePage> {
  return api.get<EnterprisePage>(enterprisesApi(zone), params);
}

export function enterprisesQueryOptions(zone: string, params: EnterpriseListParams) {
  return queryOptions({
    queryKey: enterpriseKeys.list(zone, params),
    queryFn: () => getEnterprises(zone, params),
    // Keep showing the current page while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useEnterprises(zone: string, params: EnterpriseListParams) {
  return useQuery(enterprisesQueryOptions(zone, params));
}
