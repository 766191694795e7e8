import type { ZoneListParams } from '@/features/zones/api/get-zones';

/** Query keys of the zones feature; invalidating `all` refreshes lists and single zones alike. */
export const zoneKeys = {
  all: ['zones'] as const,
  list: (params: ZoneListParams) => ['zones', 'list', params] as const,
  detail: (code: string) => ['zones', 'detail', code] as const,
};
