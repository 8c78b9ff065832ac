import { describe, expect, it, vi } from 'vitest';
import type { ToCore } from '../core/host/protocol';
import { CORE_STOPPED_MESSAGE, UNKNOWN_CHANNEL_MESSAGE, createCoreClient } from './core-client';

function setup() {
  const sent: ToCore[] = [];
  const onLocked = vi.fn();
  const onReady = vi.fn();
  const client = createCoreClient({
    send: (m) => sent.push(m),
    knownChannels: new Set(['vault.status', 'vault.unlock']),
    onLocked,
    onReady,
  });
  return { client, sent, onLocked, onReady };
}

describe('createCoreClient', () => {
  it('numbers calls and matches results to callers, in any order', async () => {
    const { client, sent } = setup();
    const a = client.call('vault.status', {});
    const b = client.call('vault.unlock', { username: 'x' });
    expect(sent).toEqual([
      { type: 'call', id: 1, channel: 'vault.status', input: {} },
      { type: 'call', id: 2, channel: 'vault.unlock', input: { username: 'x' } },
    ]);
    client.receive({ type: 'result', id: 2, result: { ok: true, value: 'B' } });
    client.receive({ type: 'result', id: 1, result: { ok: true, value: 'A' } });
    await expect(a).resolves.toEqual({ ok: true, value: 'A' });
    await expect(b).resolves.toEqual({ ok: true, value: 'B' });
    expect(client.pending()).toBe(0);
  });

  it('refuses a channel outside the contract without bothering the core', async () => {
    const { client, sent } = setup();
    await expect(client.call('fs.readFile', { path: '/etc/passwd' })).resolves.toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: UNKNOWN_CHANNEL_MESSAGE },
    });
    await expect(client.call('__proto__', {})).resolves.toMatchObject({ ok: false });
    expect(sent).toEqual([]);
  });

  it('answers every waiting caller when the core stops', async () => {
    const { client } = setup();
    const a = client.call('vault.status', {});
    const b = client.call('vault.status', {});
    client.failAll();
    const stopped = { ok: false, error: { code: 'INTERNAL', message: CORE_STOPPED_MESSAGE } };
    await expect(a).resolves.toEqual(stopped);
    await expect(b).resolves.toEqual(stopped);
    expect(client.pending()).toBe(0);
  });

  it('answers INTERNAL when the message cannot be sent', async () => {
    const client = createCoreClient({
      send: () => {
        throw new Error('process gone');
      },
      knownChannels: new Set(['vault.status']),
      onLocked: () => {},
    });
    await expect(client.call('vault.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(client.pending()).toBe(0);
  });

  it('passes lock and ready notices on', () => {
    const { client, onLocked, onReady } = setup();
    client.receive({ type: 'locked', reason: 'idle' });
    client.receive({ type: 'ready' });
    expect(onLocked).toHaveBeenCalledWith('idle');
    expect(onReady).toHaveBeenCalledOnce();
  });

  it('passes core events on without their message type', () => {
    const onEvent = vi.fn();
    const client = createCoreClient({
      send: () => {},
      knownChannels: new Set(),
      onLocked: () => {},
      onEvent,
    });
    client.receive({ type: 'event', event: 'job.progress', payload: { jobId: 'x' } });
    client.receive({ type: 'event', event: 42 });
    expect(onEvent).toHaveBeenCalledExactlyOnceWith({ event: 'job.progress', payload: { jobId: 'x' } });
  });

  it('ignores malformed messages, unknown ids and unknown lock reasons', async () => {
    const { client, onLocked } = setup();
    const a = client.call('vault.status', {});
    for (const junk of [
      null,
      'result',
      42,
      {},
      { type: 'result', id: '1' },
      { type: 'result', id: 99, result: {} },
    ])
      client.receive(junk);
    client.receive({ type: 'locked', reason: 'because' });
    expect(onLocked).not.toHaveBeenCalled();
    expect(client.pending()).toBe(1);
    client.receive({ type: 'result', id: 1, result: { ok: true, value: null } });
    await expect(a).resolves.toEqual({ ok: true, value: null });
  });
});
