import type { Access } from './contract/define';
import type { Role } from './roles';

/**
 * May an account holding `roles` (null: nobody signed in) call a channel with this access rule?
 * The core's dispatcher enforces it; the renderer asks the same question only to decide what to
 * offer, so both read this one function.
 */
export function isPermitted(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true;
  if (!roles) return false;
  if (access === 'signed-in') return true;
  return roles.some((r) => access.includes(r));
}
