import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { zoneKeys } from '@/features/zones/api/keys';
import { api } from '@/lib/api-client';
import type { ZonePage, ZoneStatus } from '@/types/api';

/** Keys the server accepts in `sort` (`key,asc` or `key,desc`). */
export type ZoneSortKey = 'code' | 'nameZh' | 'province' | 'batch' | 'approvedOn' | 'status';

export type ZoneListParams = {
  page: number;
  size: number;
  sort?: `${ZoneSortKey},${'asc' | 'desc'}`;
  status?: ZoneStatus;
  province?: string;
};

export function getZones(params: ZoneListParams): Promise<ZonePage> {
  return api.get<ZonePage>('/api/national/zones', params);
}

export function zonesQueryOptions(params: ZoneListParams) {
  return queryOptions({
    queryKey: zoneKeys.list(params),
    queryFn: () => getZones(params),
    // Keep showing the current page while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useZones(params: ZoneListParams) {
  return useQuery(zonesQueryOptions(params));
}
