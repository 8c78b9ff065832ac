import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditListInput } from '../../../../shared/contract/audit';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';

export type AuditQuery = z.input<typeof auditListInput>;

export function useAuditPage(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: () => run(api().audit.list(query)),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({ queryKey: ['audit', 'actions'], queryFn: () => run(api().audit.actions({})) });
}

/** Current and removed accounts, for the person filter. */
export function useAuditPeople() {
  return useQuery({ queryKey: ['audit', 'people'], queryFn: () => run(api().audit.people({})) });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => run(api().audit.verify({})) });
}
