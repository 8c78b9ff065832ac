import type { EntityManager } from 'typeorm';
import { ROLES, type Role } from '../../../shared/roles';

/** Who is calling. Null before sign-in (public channels only). */
export interface Caller {
  accountId: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassphrase: boolean;
}

interface CallerRow {
  id: string;
  username: string;
  display_name: string;
  roles: string;
  disabled: number;
  must_change_passphrase: number;
}

/**
 * The signed-in account, read fresh for every call. A small query of its own (not the accounts
 * area's service) so the pipeline depends on no area. Null when the account was disabled or
 * removed meanwhile: the caller then locks.
 */
export async function readCaller(em: EntityManager, accountId: string): Promise<Caller | null> {
  const [row] = (await em.query(
    'SELECT id, username, display_name, roles, disabled, must_change_passphrase FROM account WHERE id = ?',
    [accountId],
  )) as CallerRow[];
  if (!row || row.disabled) return null;
  const held = JSON.parse(row.roles) as string[];
  return {
    accountId: row.id,
    username: row.username,
    displayName: row.display_name,
    // Always in ROLES order, however the row was written (as the accounts area gives them).
    roles: ROLES.filter((role) => held.includes(role)),
    mustChangePassphrase: row.must_change_passphrase === 1,
  };
}
