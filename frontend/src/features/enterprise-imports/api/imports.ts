import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { saveBlob } from '@/lib/download';
import type { ImportJob, ImportJobPage, ImportStatus } from '@/types/api';

const importsApi = (zone: string) => `/api/zones/${encodeURIComponent(zone)}/enterprise-imports`;

/** How often a running job is asked for its progress. */
export const POLL_INTERVAL_MS = 1_000;

export function isRunning(status: ImportStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

export const importKeys = {
  /** Every page of the zone's recent imports. */
  lists: (zone: string) => ['enterprise-imports', zone, 'list'] as const,
  list: (zone: string, page: number, size: number) => ['enterprise-imports', zone, 'list', page, size] as const,
  job: (zone: string, id: number) => ['enterprise-imports', zone, 'job', id] as const,
};

export function importJobQueryOptions(zone: string, id: number) {
  return queryOptions({
    queryKey: importKeys.job(zone, id),
    queryFn: () => api.get<ImportJob>(`${importsApi(zone)}/${id}`),
    // Polls while the job is queued or running, then stops: an ended job does not change.
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data.status) ? false : POLL_INTERVAL_MS),
    staleTime: 0,
  });
}

export function useImportJob(zone: string, id: number) {
  return useQuery(importJobQueryOptions(zone, id));
}

export function useImportJobs(zone: string, page: number, size: number) {
  return useQuery({
    queryKey: importKeys.list(zone, page, size),
    queryFn: () => api.get<ImportJobPage>(importsApi(zone), { page, size }),
    placeholderData: keepPreviousData,
    // While one of the listed jobs runs, keep its row current too.
    refetchInterval: (query) => (query.state.data?.items.some((job) => isRunning(job.status)) ? 2_000 : false),
  });
}

export function useStartImport(zone: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.postForm<ImportJob>(importsApi(zone), form);
    },
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(zone, job.id), job);
      return queryClient.invalidateQueries({ queryKey: importKeys.lists(zone) });
    },
  });
}

export type TemplateFormat = 'xlsx' | 'csv';

export async function downloadTemplate(zone: string, format: TemplateFormat): Promise<void> {
  const { blob, fileName } = await api.download(`${importsApi(zone)}/template`, { format });
  saveBlob(blob, fileName ?? `enterprise-import-template.${format}`);
}
