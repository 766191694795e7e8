import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/inbox-keys';
import type { Inbox } from '@/types/api';

/** The caller's to-do inbox in its zone (every feature's items), with counts by kind. */
export function useInbox(zone: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.zone(zone ?? ''),
    queryFn: () => api.get<Inbox>(`/api/zones/${encodeURIComponent(zone ?? '')}/inbox`),
    enabled: Boolean(zone),
  });
}

/** How many of the items come from one feature (the counts are by kind, e.g. "action.returned"). */
export function countOf(inbox: Inbox | undefined, source: string): number {
  return Object.entries(inbox?.counts ?? {})
    .filter(([kind]) => kind.startsWith(`${source}.`))
    .reduce((sum, [, count]) => sum + count, 0);
}
