import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Me } from '@/types/api';

export function getMe(): Promise<Me> {
  return api.get<Me>('/api/me');
}

export function meQueryOptions() {
  // Who the user is does not change during a session.
  return queryOptions({ queryKey: ['me'], queryFn: getMe, staleTime: Infinity });
}

export function useMe() {
  return useSuspenseQuery(meQueryOptions());
}
