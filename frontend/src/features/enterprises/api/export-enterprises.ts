import { useMutation } from '@tanstack/react-query';
import type { EnterpriseFilters, EnterpriseSort } from '@/features/enterprises/api/get-enterprises';
import { enterprisesApi } from '@/features/enterprises/api/paths';
import { api } from '@/lib/api-client';
import { saveBlob } from '@/lib/download';

type ExportInput = EnterpriseFilters & { sort?: EnterpriseSort };

/** The current filtered list as .xlsx, under the name the server gives it. */
export async function exportEnterprises(zone: string, filters: ExportInput): Promise<void> {
  const { blob, fileName } = await api.download(`${enterprisesApi(zone)}/export`, filters);
  saveBlob(blob, fileName ?? `enterprises-${zone}.xlsx`);
}

export function useExportEnterprises(zone: string) {
  return useMutation({ mutationFn: (filters: ExportInput) => exportEnterprises(zone, filters) });
}
