import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zoneKeys } from '@/features/zones/api/keys';
import { api } from '@/lib/api-client';
import type { CreatedZone, CreateZoneRequest } from '@/types/api';

export function createZone(request: CreateZoneRequest): Promise<CreatedZone> {
  return api.post<CreatedZone>('/api/national/zones', request);
}

export function useCreateZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createZone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zoneKeys.all }),
  });
}
