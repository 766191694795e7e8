import { isProblem, type ApiError } from '@/lib/api-client';
import type { ProblemCode } from '@/types/api';

/**
 * The server refuses the signed-in account itself, on every path: its token fits no single role, or ZoneHub did
 * not provision it as it claims. Nothing in the app can work until an administrator fixes the account.
 */
const ACCOUNT_PROBLEMS: ProblemCode[] = [
  'account-roles-ambiguous',
  'account-without-role',
  'account-zone-missing',
  'account-enterprise-missing',
  'account-not-bound',
];

export function isAccountProblem(error: unknown): error is ApiError {
  return isProblem(error, ...ACCOUNT_PROBLEMS);
}
