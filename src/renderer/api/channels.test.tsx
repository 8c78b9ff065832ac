import { act, renderHook } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/contract';
import { testQueryClient } from '../test-support/render';
import { channelKey, isInvalidatedBy, useChannelMutation } from './channels';

describe('useChannelMutation', () => {
  it('marks stale the reads its channel invalidates (and the audit log), and nothing else', async () => {
    const client = testQueryClient();
    const keys = {
      list: channelKey(contract.establishments.list, {}),
      clusters: channelKey(contract.establishments.clusters, {}),
      audit: ['audit.list', {}],
      accounts: ['accounts.list', {}],
      settings: ['settings'],
    };
    for (const key of Object.values(keys)) client.setQueryData(key, { cached: true });
    const saveCluster = vi.fn().mockResolvedValue({ ok: true, value: { id: 'c1' } });
    Object.defineProperty(window, 'api', { configurable: true, value: { establishments: { saveCluster } } });

    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useChannelMutation(contract.establishments.saveCluster), { wrapper });
    await act(() =>
      result.current.mutateAsync({ name: 'North', regionId: '00000000-0000-4000-8000-000000000000' }),
    );

    expect(saveCluster).toHaveBeenCalledOnce();
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(stale(keys.list)).toBe(true);
    expect(stale(keys.clusters)).toBe(true);
    expect(stale(keys.audit)).toBe(true);
    expect(stale(keys.accounts)).toBe(false);
    expect(stale(keys.settings)).toBe(false);
  });

  it('matches channel names exactly and areas by prefix, old area-only keys included', () => {
    expect(isInvalidatedBy(['establishments.list'], ['establishments.list', {}])).toBe(true);
    expect(isInvalidatedBy(['establishments.list'], ['establishments.get', { id: 'x' }])).toBe(false);
    expect(isInvalidatedBy(['establishments'], ['establishments.get', { id: 'x' }])).toBe(true);
    expect(isInvalidatedBy(['accounts'], ['accounts'])).toBe(true);
    expect(isInvalidatedBy(['audit'], ['auditors.list'])).toBe(false);
  });
});
