import type { ChannelDef } from '../../shared/contract';
import type { Role } from '../../shared/roles';

/**
 * Whether someone with these roles may call a channel, read from the contract's own access list.
 * This only decides what the renderer offers; the core's dispatcher is what enforces it.
 */
export function mayCall(def: ChannelDef, roles: readonly Role[]): boolean {
  if (def.access === 'public' || def.access === 'signed-in') return true;
  const allowed = def.access;
  return roles.some((role) => allowed.includes(role));
}
