import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { actionKeys, assignmentApi, zoneActionsApi } from '@/features/actions/api/keys';
import { api } from '@/lib/api-client';
import { inboxKeys } from '@/lib/inbox-keys';
import type {
  Action,
  ActionEvidenceFile,
  ActionForm,
  ActionReportForm,
  ActionSummary,
  AssignmentDetail,
  ZoneAction,
} from '@/types/api';

export function useZoneActions(zone: string) {
  return useQuery({ queryKey: actionKeys.zone(zone), queryFn: () => api.get<ActionSummary[]>(zoneActionsApi(zone)) });
}

export function useZoneAction(zone: string, id: number) {
  return useQuery({
    queryKey: actionKeys.zoneAction(zone, id),
    queryFn: () => api.get<ZoneAction>(`${zoneActionsApi(zone)}/${id}`),
  });
}

export function useAssignment(zone: string, id: number, enabled = true) {
  return useQuery({
    queryKey: actionKeys.assignment(zone, id),
    queryFn: () => api.get<AssignmentDetail>(assignmentApi(zone, id)),
    enabled,
  });
}

function useZoneMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => invalidate(queryClient),
  });
}

/** A step on an action or assignment can change every action view and the inbox. */
function invalidate(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: actionKeys.all });
  void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
}

export function useCreateZoneAction(zone: string) {
  return useZoneMutation((form: ActionForm) => api.post<Action>(zoneActionsApi(zone), form));
}

export function useZoneActionStep(zone: string, step: 'launch' | 'close') {
  return useZoneMutation(({ id, version }: { id: number; version: number }) =>
    api.post<Action>(`${zoneActionsApi(zone)}/${id}/${step}`, { version }),
  );
}

/**
 * A write that answers with the assignment as it now is: the answer goes into the cache at once, so the next save
 * carries the new version even before the refetch is back (a quick second click is not refused as stale).
 */
function useAssignmentWrite<Input>(zone: string, id: number, call: (input: Input) => Promise<AssignmentDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (detail) => queryClient.setQueryData(actionKeys.assignment(zone, id), detail),
    onSettled: () => invalidate(queryClient),
  });
}

export function useSaveDraft(zone: string, id: number) {
  return useAssignmentWrite(zone, id, (form: ActionReportForm) =>
    api.put<AssignmentDetail>(`${assignmentApi(zone, id)}/draft`, form),
  );
}

export function useSubmitDraft(zone: string, id: number) {
  return useAssignmentWrite(zone, id, (version: number) =>
    api.post<AssignmentDetail>(`${assignmentApi(zone, id)}/draft/submit`, { version }),
  );
}

export function useAttachEvidence(zone: string, id: number) {
  return useZoneMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.postForm<ActionEvidenceFile>(`${assignmentApi(zone, id)}/draft/evidence`, form);
  });
}

export function useSaveContact(zone: string, id: number) {
  return useAssignmentWrite(zone, id, (form: { responsibleUnit: string; contactPerson: string; version: number }) =>
    api.put<AssignmentDetail>(assignmentApi(zone, id), form),
  );
}

export function downloadEvidence(zone: string, id: number) {
  return api.download(`/api/zones/${encodeURIComponent(zone)}/action-evidence/${id}`);
}
