import type { AnyHandler } from './ipc/handler.types';
import { CORE } from './modules';

/** Every channel's implementation, by channel name, derived from the module list (modules.ts). */
export const ALL_HANDLERS: ReadonlyMap<string, AnyHandler> = CORE.handlers;
