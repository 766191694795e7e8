import { useQuery } from '@tanstack/react-query';
import { complianceKeys, zoneApi } from '@/features/compliance/api/keys';
import { api } from '@/lib/api-client';
import type { ComplianceOverview } from '@/types/api';

export function useComplianceOverview(zone: string) {
  return useQuery({
    queryKey: complianceKeys.overview(zone),
    queryFn: () => api.get<ComplianceOverview>(`${zoneApi(zone)}/compliance/overview`),
  });
}
