import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { assessmentApi, assessmentsApi, complianceKeys, zoneApi } from '@/features/compliance/api/keys';
import { api } from '@/lib/api-client';
import type { AnswerForm, Assessment, AssessmentPage, AssessmentStatus, DecisionForm } from '@/types/api';

export type AssessmentListParams = {
  status?: AssessmentStatus;
  enterpriseId?: number;
  page?: number;
  size?: number;
  sort?: string;
};

export function useAssessments(zone: string, params: AssessmentListParams) {
  return useQuery({
    queryKey: complianceKeys.assessmentList(zone, params),
    queryFn: () => api.get<AssessmentPage>(assessmentsApi(zone), params),
    placeholderData: keepPreviousData,
  });
}

export function assessmentQueryOptions(zone: string, id: number) {
  return queryOptions({
    queryKey: complianceKeys.assessment(zone, id),
    queryFn: () => api.get<Assessment>(assessmentApi(zone, id)),
  });
}

export function useAssessment(zone: string, id: number) {
  return useQuery(assessmentQueryOptions(zone, id));
}

/** The server's answer is the assessment as it now is; lists, tasks and the overview change with it. */
function changed(queryClient: QueryClient, zone: string, assessment: Assessment) {
  queryClient.setQueryData(complianceKeys.assessment(zone, assessment.id), assessment);
  void queryClient.invalidateQueries({ queryKey: complianceKeys.assessmentLists(zone) });
  void queryClient.invalidateQueries({ queryKey: complianceKeys.taskLists(zone) });
  void queryClient.invalidateQueries({ queryKey: complianceKeys.overview(zone) });
}

function useAssessmentMutation<Input>(zone: string, id: number, call: (input: Input) => Promise<Assessment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (assessment) => changed(queryClient, zone, assessment),
    // A 409 means someone else changed it: show what it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: complianceKeys.assessment(zone, id) }),
  });
}

export function useStartAssessment(zone: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: number) =>
      api.post<Assessment>(`${zoneApi(zone)}/enterprises/${enterpriseId}/assessments`),
    onSuccess: (assessment) => changed(queryClient, zone, assessment),
  });
}

export function useSaveAnswers(zone: string, id: number) {
  return useAssessmentMutation(zone, id, (answers: AnswerForm[]) =>
    api.put<Assessment>(`${assessmentApi(zone, id)}/answers`, { answers }),
  );
}

export function useSubmitAssessment(zone: string, id: number) {
  return useAssessmentMutation(zone, id, () => api.post<Assessment>(`${assessmentApi(zone, id)}/submit`));
}

export function useReviewComment(zone: string, id: number) {
  return useAssessmentMutation(zone, id, ({ code, comment }: { code: string; comment: string }) =>
    api.put<Assessment>(`${assessmentApi(zone, id)}/items/${encodeURIComponent(code)}/review-comment`, { comment }),
  );
}

export function useReturnAssessment(zone: string, id: number) {
  return useAssessmentMutation(zone, id, (form: DecisionForm) =>
    api.post<Assessment>(`${assessmentApi(zone, id)}/return`, form),
  );
}

export function useApproveAssessment(zone: string, id: number) {
  return useAssessmentMutation(zone, id, (form: DecisionForm) =>
    api.post<Assessment>(`${assessmentApi(zone, id)}/approve`, form),
  );
}
