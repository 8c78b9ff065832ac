import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contract, type AccountSummary } from '../../../../shared/contract';
import type { Result } from '../../../../shared/errors';
import { run } from '../../../api/call';
import { isInvalidatedBy, useChannelQuery } from '../../../api/channels';
import { useSession } from '../../../session/session-context';

export function useAccounts() {
  return useChannelQuery(contract.accounts.list, {});
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
        client.invalidateQueries({ predicate: (q) => isInvalidatedBy(['accounts', 'audit'], q.queryKey) }),
        refresh(),
      ]),
  });
}
