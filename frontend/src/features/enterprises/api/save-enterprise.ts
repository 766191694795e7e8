import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { enterpriseKeys } from '@/features/enterprises/api/keys';
import { enterpriseApi, enterprisesApi } from '@/features/enterprises/api/paths';
import { api } from '@/lib/api-client';
import type { ContactForm, Enterprise, EnterpriseForm, EnterpriseStatus } from '@/types/api';

/** A changed enterprise: its detail is the server's answer; lists showing it are refetched. */
function saved(queryClient: QueryClient, zone: string, enterprise: Enterprise) {
  queryClient.setQueryData(enterpriseKeys.detail(zone, enterprise.id), enterprise);
  return queryClient.invalidateQueries({ queryKey: enterpriseKeys.lists(zone) });
}

export function useCreateEnterprise(zone: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: EnterpriseForm) => api.post<Enterprise>(enterprisesApi(zone), form),
    onSuccess: (enterprise) => saved(queryClient, zone, enterprise),
  });
}

export function useUpdateEnterprise(zone: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: EnterpriseForm) => api.put<Enterprise>(enterpriseApi(zone, id), form),
    onSuccess: (enterprise) => saved(queryClient, zone, enterprise),
  });
}

export function useUpdateContact(zone: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: ContactForm) => api.put<Enterprise>(`${enterpriseApi(zone, id)}/contact`, form),
    onSuccess: (enterprise) => saved(queryClient, zone, enterprise),
  });
}

/** The lifecycle moves and the endpoint of each. */
export const STATUS_ACTIONS = {
  suspend: 'SUSPENDED',
  reactivate: 'ACTIVE',
  deregister: 'DEREGISTERED',
} as const satisfies Record<string, EnterpriseStatus>;

export type StatusAction = keyof typeof STATUS_ACTIONS;

export function useChangeStatus(zone: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: StatusAction; version: number }) =>
      api.post<Enterprise>(`${enterpriseApi(zone, id)}/${action}`, { version }),
    onSuccess: (enterprise) => saved(queryClient, zone, enterprise),
    // After a 409 too: the page then shows the current status and version; accounts follow the status.
    onSettled: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.detail(zone, id) }),
  });
}
