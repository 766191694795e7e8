import type { EnterpriseListParams } from '@/features/enterprises/api/get-enterprises';

/** Query keys of the enterprises feature; invalidating `zone(code)` refreshes that zone's lists and details. */
export const enterpriseKeys = {
  zone: (zone: string) => ['enterprises', zone] as const,
  /** Every list (any filters, any page) of the zone's registry. */
  lists: (zone: string) => ['enterprises', zone, 'list'] as const,
  list: (zone: string, params: EnterpriseListParams) => ['enterprises', zone, 'list', params] as const,
  detail: (zone: string, id: number) => ['enterprises', zone, 'detail', id] as const,
  accounts: (zone: string, id: number) => ['enterprises', zone, 'detail', id, 'accounts'] as const,
};
