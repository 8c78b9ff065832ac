/** Mirrors the core's lock reasons (src/main/core/host/protocol.ts); kept here so the renderer has no core import. */
export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown' | 'renderer-gone';
