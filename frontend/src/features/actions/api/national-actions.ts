import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { actionKeys, nationalActionApi, nationalActionsApi } from '@/features/actions/api/keys';
import { api } from '@/lib/api-client';
import type { Action, ActionForm, Completion, Lateness } from '@/types/api';

export type MatrixFilters = { keyTaskId?: number; province?: string };

export function useNationalActions() {
  return useQuery({ queryKey: actionKeys.national(), queryFn: () => api.get<Action[]>(nationalActionsApi) });
}

export function useNationalAction(id: number) {
  return useQuery({ queryKey: actionKeys.nationalAction(id), queryFn: () => api.get<Action>(nationalActionApi(id)) });
}

export function useCompletion(id: number, filters: MatrixFilters) {
  return useQuery({
    queryKey: actionKeys.completion(id, filters),
    queryFn: () => api.get<Completion>(`${nationalActionApi(id)}/completion`, filters),
  });
}

export function useLateness(id: number, filters: MatrixFilters) {
  return useQuery({
    queryKey: actionKeys.lateness(id, filters),
    queryFn: () => api.get<Lateness>(`${nationalActionApi(id)}/lateness`, filters),
  });
}

/** Every change refreshes all of the feature's queries: lists, matrices and inboxes alike. */
function useActionMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionKeys.all }),
  });
}

export function useCreateNationalAction() {
  return useActionMutation((form: ActionForm) => api.post<Action>(nationalActionsApi, form));
}

export function useNationalStep(step: 'launch' | 'close') {
  return useActionMutation(({ id, version }: { id: number; version: number }) =>
    api.post<Action>(`${nationalActionApi(id)}/${step}`, { version }),
  );
}

export function useReturnReport() {
  return useActionMutation(
    ({ zone, reportId, comment, version }: { zone: string; reportId: number; comment: string; version: number }) =>
      api.post<void>(`/api/national/zones/${encodeURIComponent(zone)}/action-reports/${reportId}/return`, {
        comment,
        version,
      }),
  );
}

export function exportTaskTable(id: number, filters: MatrixFilters) {
  return api.download(`${nationalActionApi(id)}/export`, filters);
}
