import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeCore, type TestCore } from '../../../../tests/support/core-fixture';
import { serveCore } from './serve';
import type { FromCore, ToCore } from './protocol';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('the core host protocol', () => {
  it('answers calls by id over a real message port and announces locks', async () => {
    t = await makeCore();
    const { port1, port2 } = new MessageChannel();
    serveCore(t.core, {
      postMessage: (m) => port1.postMessage(m),
      onMessage: (l) => port1.on('message', l),
    });
    const received: FromCore[] = [];
    const waiters = new Map<number, (m: FromCore) => void>();
    port2.on('message', (m: FromCore) => {
      received.push(m);
      if (m.type === 'result') waiters.get(m.id)?.(m);
    });
    const call = (id: number, channel: string, input: unknown) =>
      new Promise<FromCore>((resolve) => {
        waiters.set(id, resolve);
        port2.postMessage({ type: 'call', id, channel, input } satisfies ToCore);
      });

    const setup = await call(1, 'vault.setup', ADMIN);
    expect(setup).toMatchObject({ type: 'result', id: 1, result: { ok: true } });
    const bad = await call(2, 'settings.setIdleLock', { idleLockMinutes: -1 });
    expect(bad).toMatchObject({ id: 2, result: { ok: false, error: { code: 'VALIDATION' } } });
    port2.postMessage({ type: 'lock', reason: 'suspend' } satisfies ToCore);
    const status = await call(3, 'vault.status', {});
    expect(status).toMatchObject({ id: 3, result: { ok: true, value: { state: 'locked' } } });
    expect(received).toContainEqual({ type: 'ready' });
    expect(received).toContainEqual({ type: 'locked', reason: 'suspend' });
    port1.close();
    port2.close();
  });
});
