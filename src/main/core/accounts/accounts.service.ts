import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CoreError } from '../../../shared/errors';
import type { AccountSummary } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { accountTable, type AccountRow } from './accounts.tables';

const AccountEntity = accountTable.entity;

export function toSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    // Always in ROLES order, however the row was written.
    roles: ROLES.filter((role) => (JSON.parse(row.roles) as Role[]).includes(role)),
    disabled: row.disabled,
    mustChangePassphrase: row.mustChangePassphrase,
    createdAt: row.createdAt,
    lastSignInAt: row.lastSignInAt,
  };
}

const repo = (em: EntityManager) => em.getRepository(AccountEntity);

export const isAdministrator = (row: AccountRow): boolean =>
  (JSON.parse(row.roles) as Role[]).includes('administrator');

export async function listAccounts(em: EntityManager): Promise<AccountSummary[]> {
  const rows = await repo(em).find({ order: { displayName: 'ASC' } });
  return rows.map(toSummary);
}

export async function getAccount(em: EntityManager, id: string): Promise<AccountRow> {
  const row = await repo(em).findOne({ where: { id } });
  if (!row) throw new CoreError('NOT_FOUND', 'That account no longer exists.');
  return row;
}

export async function insertAccount(
  em: EntityManager,
  input: { id?: string; username: string; displayName: string; roles: Role[]; mustChangePassphrase: boolean },
  now: Date,
): Promise<AccountRow> {
  const username = input.username.toLowerCase();
  if (await repo(em).exists({ where: { username } })) {
    throw new CoreError('CONFLICT', 'That username is already taken. Choose another.', {
      fieldErrors: { username: 'That username is already taken.' },
    });
  }
  const row: AccountRow = {
    id: input.id ?? randomUUID(),
    username,
    displayName: input.displayName,
    roles: JSON.stringify(input.roles),
    disabled: false,
    mustChangePassphrase: input.mustChangePassphrase,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    lastSignInAt: null,
  };
  await repo(em).insert(row);
  return row;
}

export async function updateAccount(
  em: EntityManager,
  id: string,
  changes: Partial<
    Pick<AccountRow, 'roles' | 'displayName' | 'disabled' | 'mustChangePassphrase' | 'lastSignInAt'>
  >,
  now: Date,
): Promise<AccountRow> {
  await repo(em).update({ id }, { ...changes, updatedAt: now.toISOString() });
  return getAccount(em, id);
}

/**
 * Refuse a change that would leave nobody able to manage accounts: there must always be at least
 * one enabled administrator other than the account being changed.
 */
export async function assertOtherAdministrator(em: EntityManager, exceptId: string): Promise<void> {
  const others = (await repo(em).find({ where: { disabled: false } })).filter(
    (a) => a.id !== exceptId && isAdministrator(a),
  );
  if (others.length === 0) {
    throw new CoreError('CONFLICT', 'Waymark must always have at least one enabled administrator.');
  }
}

export function assertNotSelf(callerId: string, id: string, what: string): void {
  if (callerId === id) throw new CoreError('CONFLICT', `You cannot ${what} your own account.`);
}
