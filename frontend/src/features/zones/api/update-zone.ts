import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zoneKeys } from '@/features/zones/api/keys';
import { api } from '@/lib/api-client';
import type { UpdateZoneRequest, Zone } from '@/types/api';

type UpdateZoneInput = { code: string; changes: UpdateZoneRequest };

export function updateZone({ code, changes }: UpdateZoneInput): Promise<Zone> {
  return api.patch<Zone>(`/api/national/zones/${encodeURIComponent(code)}`, changes);
}

export function useUpdateZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateZone,
    // Also after a 409: the list then shows the current status and version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: zoneKeys.all }),
  });
}
