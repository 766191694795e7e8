import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { zoneKeys } from '@/features/zones/api/keys';
import { api } from '@/lib/api-client';
import type { Zone } from '@/types/api';

export function getZone(code: string): Promise<Zone> {
  return api.get<Zone>(`/api/zones/${encodeURIComponent(code)}`);
}

export function zoneQueryOptions(code: string) {
  return queryOptions({ queryKey: zoneKeys.detail(code), queryFn: () => getZone(code) });
}

export function useZone(code: string) {
  return useSuspenseQuery(zoneQueryOptions(code));
}
