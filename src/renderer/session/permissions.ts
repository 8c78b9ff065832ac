import type { ChannelDef } from '../../shared/contract';
import { isPermitted } from '../../shared/permissions';
import type { Role } from '../../shared/roles';

/**
 * Whether someone with these roles may call a channel, by the same rule the core applies (one
 * function in src/shared). This only decides what the renderer offers; the core enforces it.
 */
export function mayCall(def: ChannelDef, roles: readonly Role[]): boolean {
  return isPermitted(def.access, roles);
}
