import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditPage } from '@/types/api';

/** The trail's filters as the API takes them; `from` and `to` are instants, `to` exclusive. */
export type AuditParams = {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  size: number;
};

export function getAudit(zone: string, params: AuditParams): Promise<AuditPage> {
  return api.get<AuditPage>(`/api/zones/${encodeURIComponent(zone)}/audit`, params);
}

export function useAudit(zone: string, params: AuditParams) {
  return useQuery({
    queryKey: ['audit', zone, params],
    queryFn: () => getAudit(zone, params),
    placeholderData: keepPreviousData,
    // The trail only grows; show what is new whenever the screen is opened.
    staleTime: 0,
  });
}
