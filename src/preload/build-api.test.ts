import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../shared/contract';
import type { Result } from '../shared/errors';
import { BRIDGE_FAILED_MESSAGE, buildApi, type CoreEventListener, type LockedListener } from './build-api';

const okInvoke = () =>
  vi.fn(async (_channel: string, _input: unknown): Promise<Result<unknown>> => ({ ok: true, value: 1 }));
const noEvents = () => () => {};

describe('buildApi', () => {
  it('has one method per contract channel, and nothing else', () => {
    const api = buildApi(okInvoke(), noEvents) as unknown as Record<string, Record<string, unknown>>;
    const names = channelNames();
    expect(Object.keys(api).sort()).toEqual([...Object.keys(names), 'events'].sort());
    for (const [area, actions] of Object.entries(names)) {
      expect(Object.keys(api[area] ?? {}).sort()).toEqual(Object.keys(actions).sort());
      for (const action of Object.keys(actions)) expect(typeof api[area]?.[action]).toBe('function');
    }
    expect(Object.keys(api.events ?? {})).toEqual(['onLocked', 'onEvent']);
  });

  it('sends each call with its channel name and input', async () => {
    const invoke = okInvoke();
    const api = buildApi(invoke, noEvents);
    const input = { username: 'sam', passphrase: 'correct horse battery staple' };
    await expect(api.vault.unlock(input)).resolves.toEqual({ ok: true, value: 1 });
    await api.audit.list({ page: 2 });
    expect(invoke).toHaveBeenNthCalledWith(1, 'vault.unlock', input);
    expect(invoke).toHaveBeenNthCalledWith(2, 'audit.list', { page: 2 });
  });

  it('turns a failed transport into an INTERNAL result instead of throwing', async () => {
    const api = buildApi(() => Promise.reject(new Error('secret detail')), noEvents);
    await expect(api.vault.status({})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: BRIDGE_FAILED_MESSAGE },
    });
  });

  it('is frozen all the way down', () => {
    const api = buildApi(okInvoke(), noEvents) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.vault)).toBe(true);
    expect(Object.isFrozen(api.events)).toBe(true);
    expect(() => {
      (api.vault as Record<string, unknown>).unlock = () => 'stolen';
    }).toThrow(TypeError);
    expect(() => {
      api.extra = {};
    }).toThrow(TypeError);
  });

  it('delivers lock notices until unsubscribed, and unsubscribing twice is harmless', () => {
    const listeners = new Set<LockedListener>();
    const api = buildApi(okInvoke(), (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    });
    const seen: string[] = [];
    const stop = api.events.onLocked((reason) => seen.push(reason));
    for (const l of listeners) l('idle');
    stop();
    stop();
    for (const l of listeners) l('suspend');
    expect(seen).toEqual(['idle']);
    expect(listeners.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const api = buildApi(okInvoke(), noEvents);
    expect(() => api.events.onLocked('alert(1)' as unknown as LockedListener)).toThrow(TypeError);
    expect(() => api.events.onEvent('alert(1)' as unknown as CoreEventListener)).toThrow(TypeError);
  });

  it('delivers core events until unsubscribed', () => {
    const listeners = new Set<CoreEventListener>();
    const api = buildApi(okInvoke(), noEvents, undefined, (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    });
    const seen: string[] = [];
    const stop = api.events.onEvent((e) => seen.push(`${e.event}:${e.payload.done}`));
    const payload = {
      jobId: 'j',
      kind: 'demo.slow',
      label: 'Slow test job',
      state: 'running' as const,
      done: 1,
      total: 3,
      note: null,
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: null,
    };
    for (const l of listeners) l({ event: 'job.progress', payload });
    stop();
    stop();
    for (const l of listeners) l({ event: 'job.progress', payload: { ...payload, done: 2 } });
    expect(seen).toEqual(['job.progress:1']);
    expect(listeners.size).toBe(0);
  });

  it('builds from explicit names, as the browser test host may', async () => {
    const invoke = okInvoke();
    const api = buildApi(invoke, noEvents, { demo: { ping: 'demo.ping' } }) as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
    await api.demo?.ping?.({});
    expect(invoke).toHaveBeenCalledWith('demo.ping', {});
  });
});
