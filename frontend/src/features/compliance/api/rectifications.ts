import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { complianceKeys, taskApi, tasksApi } from '@/features/compliance/api/keys';
import { api } from '@/lib/api-client';
import type { RectificationPage, RectificationTask, TaskChangeForm, TaskStatus, TaskStepForm } from '@/types/api';

export type TaskListParams = {
  status?: TaskStatus;
  enterpriseId?: number;
  assessmentId?: number;
  overdue?: boolean;
  page?: number;
  size?: number;
  sort?: string;
};

export function useRectifications(zone: string, params: TaskListParams) {
  return useQuery({
    queryKey: complianceKeys.taskList(zone, params),
    queryFn: () =>
      api.get<RectificationPage>(tasksApi(zone), { ...params, overdue: params.overdue ? 'true' : undefined }),
    placeholderData: keepPreviousData,
  });
}

export function useRectification(zone: string, id: number) {
  return useQuery({
    queryKey: complianceKeys.task(zone, id),
    queryFn: () => api.get<RectificationTask>(taskApi(zone, id)),
  });
}

function useTaskMutation<Input>(zone: string, id: number, call: (input: Input) => Promise<RectificationTask>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (task) => queryClient.setQueryData(complianceKeys.task(zone, id), task),
    // After a 409 too: the list then shows the task as it now is.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: complianceKeys.taskLists(zone) });
      void queryClient.invalidateQueries({ queryKey: complianceKeys.task(zone, id) });
      void queryClient.invalidateQueries({ queryKey: complianceKeys.overview(zone) });
    },
  });
}

export function useReassignTask(zone: string, id: number) {
  return useTaskMutation(zone, id, (form: TaskChangeForm) => api.put<RectificationTask>(taskApi(zone, id), form));
}

export type TaskStep = 'submit' | 'verify' | 'reopen';

export function useTaskStep(zone: string, id: number, step: TaskStep) {
  return useTaskMutation(zone, id, (form: TaskStepForm) =>
    api.post<RectificationTask>(`${taskApi(zone, id)}/${step}`, form),
  );
}
