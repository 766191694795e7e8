import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { enterpriseKeys } from '@/features/enterprises/api/keys';
import { enterpriseApi } from '@/features/enterprises/api/paths';
import { api } from '@/lib/api-client';
import type { Enterprise } from '@/types/api';

export function getEnterprise(zone: string, id: number): Promise<Enterprise> {
  return api.get<Enterprise>(enterpriseApi(zone, id));
}

export function enterpriseQueryOptions(zone: string, id: number) {
  return queryOptions({ queryKey: enterpriseKeys.detail(zone, id), queryFn: () => getEnterprise(zone, id) });
}

export function useEnterprise(zone: string, id: number) {
  return useSuspenseQuery(enterpriseQueryOptions(zone, id));
}
