import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Thresholds } from '../../../../shared/settings';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';

const KEY = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: KEY, queryFn: () => run(api().settings.get({})) });
}

export function useSetIdleLock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (idleLockMinutes: number) => run(api().settings.setIdleLock({ idleLockMinutes })),
    onSuccess: (settings) => client.setQueryData(KEY, settings),
  });
}

export function useSetThresholds() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (thresholds: Thresholds) => run(api().settings.setThresholds({ thresholds })),
    onSuccess: (settings) => client.setQueryData(KEY, settings),
  });
}
