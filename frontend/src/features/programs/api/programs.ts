import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/inbox-keys';
import type {
  EnrolForm,
  EnrolResult,
  FigureImport,
  Kpi,
  KpiContributions,
  MonthReport,
  MonthStatus,
  Program,
  ProgramForm,
  ProgramKpi,
  ProgramKpiForm,
  ProgramPage,
  ProgramProgress,
  ReportForm,
} from '@/types/api';

const zoneApi = (zone: string) => `/api/zones/${encodeURIComponent(zone)}`;
const programsApi = (zone: string) => `${zoneApi(zone)}/programs`;
const programApi = (zone: string, id: number) => `${programsApi(zone)}/${id}`;

/** How often a running import is asked for its progress. */
export const POLL_INTERVAL_MS = 1_000;

export const programKeys = {
  all: (zone: string) => ['programs', zone] as const,
  list: (zone: string) => ['programs', zone, 'list'] as const,
  kpis: (zone: string) => ['programs', zone, 'kpis'] as const,
  program: (zone: string, id: number) => ['programs', zone, 'program', id] as const,
  importJob: (zone: string, id: number, importId: number) => ['programs', zone, 'program', id, 'import', importId] as const,
};

export function useKpis(zone: string) {
  return useQuery({ queryKey: programKeys.kpis(zone), queryFn: () => api.get<Kpi[]>(`${zoneApi(zone)}/kpis`) });
}

export function usePrograms(zone: string) {
  return useQuery({
    queryKey: programKeys.list(zone),
    queryFn: () => api.get<ProgramPage>(programsApi(zone), { size: 100, sort: 'startMonth,desc' }),
  });
}

export function useProgram(zone: string, id: number) {
  return useQuery({ queryKey: programKeys.program(zone, id), queryFn: () => api.get<Program>(programApi(zone, id)) });
}

export function useEnrolments(zone: string, id: number) {
  return useQuery({
    queryKey: [...programKeys.program(zone, id), 'enrolments'],
    queryFn: () => api.get<import('@/types/api').Enrolment[]>(`${programApi(zone, id)}/enrolments`),
  });
}

export function useMonths(zone: string, id: number) {
  return useQuery({
    queryKey: [...programKeys.program(zone, id), 'months'],
    queryFn: () => api.get<MonthStatus[]>(`${programApi(zone, id)}/months`),
  });
}

export function useMonth(zone: string, id: number, month: string | undefined) {
  return useQuery({
    queryKey: [...programKeys.program(zone, id), 'month', month],
    queryFn: () => api.get<MonthReport>(`${programApi(zone, id)}/months/${month}`),
    enabled: Boolean(month),
  });
}

export function useProgress(zone: string, id: number, enabled = true) {
  return useQuery({
    queryKey: [...programKeys.program(zone, id), 'progress'],
    queryFn: () => api.get<ProgramProgress>(`${programApi(zone, id)}/progress`),
    enabled,
  });
}

export function useContributions(zone: string, id: number, kpiCode: string | undefined) {
  return useQuery({
    queryKey: [...programKeys.program(zone, id), 'contributions', kpiCode],
    queryFn: () => api.get<KpiContributions>(`${programApi(zone, id)}/kpis/${kpiCode}/contributions`),
    enabled: Boolean(kpiCode),
  });
}

/** After any change to a program, everything shown of it is read again. */
function useProgramMutation<Input, Output>(zone: string, id: number | undefined, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => {
      void queryClient.invalidateQueries({
        queryKey: id === undefined ? programKeys.all(zone) : programKeys.program(zone, id),
      });
      void queryClient.invalidateQueries({ queryKey: programKeys.list(zone) });
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
    },
  });
}

export function useCreateProgram(zone: string) {
  return useProgramMutation(zone, undefined, (form: ProgramForm) => api.post<Program>(programsApi(zone), form));
}

export function useProgramStep(zone: string, id: number, step: 'activate' | 'close') {
  return useProgramMutation(zone, id, (version: number) =>
    api.post<Program>(`${programApi(zone, id)}/${step}`, { version }),
  );
}

export function usePutKpi(zone: string, id: number) {
  return useProgramMutation(zone, id, ({ code, form }: { code: string; form: ProgramKpiForm }) =>
    api.put<ProgramKpi>(`${programApi(zone, id)}/kpis/${code}`, form),
  );
}

export function useEnrol(zone: string, id: number) {
  return useProgramMutation(zone, id, (form: EnrolForm) => api.post<EnrolResult>(`${programApi(zone, id)}/enrolments`, form));
}

/** Enrols the enterprises a sheet lists by credit code (column 统一社会信用代码 / creditCode) from a month. */
export function useEnrolFromSheet(zone: string, id: number) {
  return useProgramMutation(zone, id, ({ file, month }: { file: File; month: string }) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<EnrolResult>(`${programApi(zone, id)}/enrolments/sheet?month=${encodeURIComponent(month)}`, form);
  });
}

export function useReport(zone: string, id: number, month: string) {
  return useProgramMutation(zone, id, (form: ReportForm) =>
    api.put<MonthReport>(`${programApi(zone, id)}/months/${month}/figures`, form),
  );
}

export function useConfirmMonth(zone: string, id: number) {
  return useProgramMutation(zone, id, ({ month, acknowledgeOutliers }: { month: string; acknowledgeOutliers: boolean }) =>
    api.post<MonthReport>(`${programApi(zone, id)}/months/${month}/confirm`, { acknowledgeOutliers }),
  );
}

export function useReopenMonth(zone: string, id: number) {
  return useProgramMutation(zone, id, ({ month, enterpriseId }: { month: string; enterpriseId: number }) =>
    api.post<MonthReport>(`${programApi(zone, id)}/months/${month}/reopen`, { enterpriseId }),
  );
}

export function figureImportQueryOptions(zone: string, id: number, importId: number) {
  return queryOptions({
    queryKey: programKeys.importJob(zone, id, importId),
    queryFn: () => api.get<FigureImport>(`${programApi(zone, id)}/figure-imports/${importId}`),
    refetchInterval: (query) =>
      query.state.data && !['QUEUED', 'RUNNING'].includes(query.state.data.status) ? false : POLL_INTERVAL_MS,
    staleTime: 0,
  });
}

export function useFigureImport(zone: string, id: number, importId: number | undefined) {
  return useQuery({ ...figureImportQueryOptions(zone, id, importId ?? 0), enabled: importId !== undefined });
}

export function useStartFigureImport(zone: string, id: number) {
  return useProgramMutation(zone, id, (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<FigureImport>(`${programApi(zone, id)}/figure-imports`, form);
  });
}
