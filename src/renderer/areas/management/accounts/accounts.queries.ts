import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountSummary } from '../../../../shared/contract';
import type { Result } from '../../../../shared/errors';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { useSession } from '../../../session/session-context';

export const accountKeys = { all: ['accounts'] as const };

export function useAccounts() {
  return useQuery({ queryKey: accountKeys.all, queryFn: () => run(api().accounts.list({})) });
}

/**
 * A change to an account: refreshes the list, the audit log which records it, and the session
 * itself, so a change to your own roles or name shows in the header and menus at once.
 */
export function useAccountChange<I, O = AccountSummary>(call: (input: I) => Promise<Result<O>>) {
  const client = useQueryClient();
  const { refresh } = useSession();
  return useMutation({
    mutationFn: (input: I) => run(call(input)),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: accountKeys.all }),
        client.invalidateQueries({ queryKey: ['audit'] }),
        refresh(),
      ]),
  });
}
