import { useState } from 'react';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { isAccountProblem } from '@/features/auth/account-problem';
import { AccountProblem } from '@/features/auth/components/account-problem';
import type { ApiError } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';

export function App() {
  // Any call (GET /api/me first) may answer that the account itself is refused: then no page can work, so the
  // whole app gives way to the reason and a sign-out.
  const [refused, setRefused] = useState<ApiError>();
  const [queryClient] = useState(() =>
    createQueryClient((error) => {
      if (isAccountProblem(error)) setRefused((first) => first ?? error);
    }),
  );
  return (
    <AppProvider queryClient={queryClient}>{refused ? <AccountProblem error={refused} /> : <AppRouter />}</AppProvider>
  );
}
