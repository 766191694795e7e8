import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { enterpriseKeys } from '@/features/enterprises/api/keys';
import { enterpriseApi } from '@/features/enterprises/api/paths';
import { api } from '@/lib/api-client';
import type { Account, Invitation, InvitedAccount } from '@/types/api';

const usersApi = (zone: string, id: number) => `${enterpriseApi(zone, id)}/users`;

export function accountsQueryOptions(zone: string, id: number) {
  return queryOptions({
    queryKey: enterpriseKeys.accounts(zone, id),
    queryFn: () => api.get<Account[]>(usersApi(zone, id)),
  });
}

export function useAccounts(zone: string, id: number) {
  return useQuery(accountsQueryOptions(zone, id));
}

function useAccountMutation<Input, Output>(zone: string, id: number, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.accounts(zone, id) }),
  });
}

export function useInviteAccount(zone: string, id: number) {
  return useAccountMutation(zone, id, (invitation: Invitation) =>
    api.post<InvitedAccount>(usersApi(zone, id), invitation),
  );
}

export function useSetAccountEnabled(zone: string, id: number) {
  return useAccountMutation(zone, id, ({ userId, enabled }: { userId: string; enabled: boolean }) =>
    api.post<Account>(`${usersApi(zone, id)}/${encodeURIComponent(userId)}/${enabled ? 'enable' : 'disable'}`),
  );
}

export function useRemoveAccount(zone: string, id: number) {
  return useAccountMutation(zone, id, (userId: string) =>
    api.delete(`${usersApi(zone, id)}/${encodeURIComponent(userId)}`),
  );
}
