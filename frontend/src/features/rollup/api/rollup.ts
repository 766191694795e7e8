import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MonthFigures, NationalPicture, RollupRebuild, ZonePicture } from '@/types/api';

export type NationalFilters = { province?: string; batch?: number };

export const rollupKeys = {
  all: ['rollup'] as const,
  nation: (filters: NationalFilters) => [...rollupKeys.all, 'nation', filters] as const,
  months: (months: number) => [...rollupKeys.all, 'months', months] as const,
  zone: (code: string) => [...rollupKeys.all, 'zone', code] as const,
  rebuilds: () => [...rollupKeys.all, 'rebuilds'] as const,
};

export function useNationalPicture(filters: NationalFilters) {
  return useQuery({
    queryKey: rollupKeys.nation(filters),
    queryFn: () => api.get<NationalPicture>('/api/national/rollup', filters),
    placeholderData: keepPreviousData,
  });
}

export function useNationalMonths(months = 24) {
  return useQuery({
    queryKey: rollupKeys.months(months),
    queryFn: () => api.get<MonthFigures[]>('/api/national/rollup/months', { months }),
  });
}

export function useZonePicture(code: string) {
  return useQuery({
    queryKey: rollupKeys.zone(code),
    queryFn: () => api.get<ZonePicture>(`/api/zones/${encodeURIComponent(code)}/rollup`),
  });
}

/** The latest rebuilds; polled while one runs, so its progress moves on screen. */
export function useRebuilds() {
  return useQuery({
    queryKey: rollupKeys.rebuilds(),
    queryFn: () => api.get<RollupRebuild[]>('/api/national/rollup/rebuilds'),
    refetchInterval: (query) => (query.state.data?.some((rebuild) => rebuild.finishedAt === null) ? 1000 : false),
  });
}

export function useStartRebuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RollupRebuild>('/api/national/rollup/rebuilds'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rollupKeys.all }),
  });
}
