import { keepPreviousData, useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { contract } from '../../../../shared/contract';
import type { auditListInput } from '../../../../shared/contract/audit';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { useChannelQuery } from '../../../api/channels';

export type AuditQuery = z.input<typeof auditListInput>;

export function useAuditPage(query: AuditQuery) {
  return useChannelQuery(contract.audit.list, query, { placeholderData: keepPreviousData });
}

export function useAuditActions() {
  return useChannelQuery(contract.audit.actions, {});
}

/** Current and removed accounts, for the person filter. */
export function useAuditPeople() {
  return useChannelQuery(contract.audit.people, {});
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => run(api().audit.verify({})) });
}
