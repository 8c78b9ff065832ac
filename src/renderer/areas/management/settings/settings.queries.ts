import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contract } from '../../../../shared/contract';
import type { Thresholds } from '../../../../shared/settings';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { channelKey, useChannelQuery } from '../../../api/channels';

const KEY = channelKey(contract.settings.get, {});

export function useSettings() {
  return useChannelQuery(contract.settings.get, {});
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
