/**
 * The only IPC channels between the renderer and the main process. Every contract call
 * travels through one relay channel (the channel name is an argument), so the main process has
 * exactly one handler to guard.
 */
export const IPC_CALL = 'waymark:call';
export const IPC_LOCKED = 'waymark:locked';
/** Core → window notices (job progress), relayed to the main window only. */
export const IPC_EVENT = 'waymark:event';
