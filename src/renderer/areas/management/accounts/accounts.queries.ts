import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountSummary } from '../../../../shared/contract';
import type { Result } from '../../../../shared/errors';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';

export const accountKeys = { all: ['accounts'] as const };

export function useAccounts() {
  return useQuery({ queryKey: accountKeys.all, queryFn: () => run(api().accounts.list({})) });
}

/** A change to an account: refreshes the list, and the audit log which records it. */
export function useAccountChange<I, O = AccountSummary>(call: (input: I) => Promise<Result<O>>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => run(call(input)),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: accountKeys.all }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
