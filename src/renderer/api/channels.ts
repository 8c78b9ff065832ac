import {
  useMutation,
  useQuery,
  useQueryClient,
  type Query,
  type QueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ChannelDef, InputOf, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { api } from './bridge';
import { run } from './call';

type AnyChannel = ChannelDef;
type Call = (input: unknown) => Promise<Result<unknown>>;

/** The cache key of one read: the channel's name, then its input. */
export const channelKey = <C extends AnyChannel>(channel: C, input: InputOf<C>) =>
  [channel.name, input] as const;

/** Call a channel through `window.api[area][action]`, unwrapped by `run` (ApiError on failure). */
export function callChannel<C extends AnyChannel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const areas = api() as unknown as Record<string, Record<string, Call> | undefined>;
  const call = areas[channel.area]?.[channel.action];
  if (!call) throw new Error(`The bridge has no channel ${channel.name}.`);
  return run(call(input)) as Promise<OutputOf<C>>;
}

/**
 * Whether a cached query is made stale by a write that invalidates `targets` (channel names, or
 * whole areas). Keys start with a channel name (`establishments.list`); older hand-written keys
 * start with the area alone (`['accounts']`), and an area target covers both.
 */
export function isInvalidatedBy(targets: readonly string[], queryKey: readonly unknown[]): boolean {
  const first = queryKey[0];
  if (typeof first !== 'string') return false;
  return targets.some((target) =>
    target.includes('.') ? first === target : first === target || first.startsWith(`${target}.`),
  );
}

/**
 * What a successful write makes stale: what its channel declares, and the audit log too, since
 * every write is audited.
 */
export function invalidationTargets(channel: AnyChannel): string[] {
  return channel.kind === 'write' ? [...channel.invalidates, 'audit'] : [...channel.invalidates];
}

export function invalidateAfter(client: QueryClient, channel: AnyChannel): Promise<void> {
  const targets = invalidationTargets(channel);
  return client.invalidateQueries({
    predicate: (query: Query) => isInvalidatedBy(targets, query.queryKey),
  });
}

type QueryOptions<C extends AnyChannel> = Omit<
  UseQueryOptions<OutputOf<C>, Error, OutputOf<C>, readonly [string, InputOf<C>]>,
  'queryKey' | 'queryFn'
>;

/** A read through a channel, cached under `[channel.name, input]`. */
export function useChannelQuery<C extends AnyChannel>(
  channel: C,
  input: InputOf<C>,
  options?: QueryOptions<C>,
) {
  return useQuery({
    ...options,
    queryKey: channelKey(channel, input),
    queryFn: () => callChannel(channel, input),
  });
}

type MutationOptions<C extends AnyChannel> = Omit<
  UseMutationOptions<OutputOf<C>, Error, InputOf<C>>,
  'mutationFn'
>;

/**
 * A write through a channel. On success every cached read the channel's `invalidates` names is
 * refetched (before the caller's own onSuccess runs, so a screen opened next sees fresh data).
 */
export function useChannelMutation<C extends AnyChannel>(channel: C, options?: MutationOptions<C>) {
  const client = useQueryClient();
  return useMutation({
    ...options,
    mutationFn: (input: InputOf<C>) => callChannel(channel, input),
    onSuccess: async (...args) => {
      await invalidateAfter(client, channel);
      await options?.onSuccess?.(...args);
    },
  });
}
