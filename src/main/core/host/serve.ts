import type { Core } from '../core.types';
import type { FromCore, PortLike, ToCore } from './protocol';

/**
 * Serve a core over a message port: the Electron utilityProcess's parentPort in the app, or a
 * test pair. Every call still goes through the dispatcher; this only moves messages.
 */
export function serveCore(core: Core, port: PortLike<ToCore, FromCore>): void {
  core.onLocked((reason) => port.postMessage({ type: 'locked', reason }));
  core.onEvent((event) => port.postMessage({ type: 'event', ...event }));
  port.onMessage((message) => {
    if (message.type === 'call') {
      void core.call(message.channel, message.input).then((result) => {
        port.postMessage({ type: 'result', id: message.id, result });
      });
    } else if (message.type === 'lock') {
      void core.lock(message.reason);
    }
  });
  port.postMessage({ type: 'ready' });
}
