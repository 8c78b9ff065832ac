import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Page } from 'playwright-core';
import type { Core } from '../../../src/main/core';
import {
  matchFilePath,
  matchPath,
  type MatchTab,
} from '../../../src/renderer/areas/service-delivery/matches/match-paths';
import { formatUkDate } from '../../../src/shared/uk-date';
import { openRaw } from '../../support/raw-db';
import type { BrowserHost, BrowserHostOptions } from '../../host/browser-host';
import { ADMIN, coreCall, heading, setUpThroughCore } from './app';
import { goTo } from './casework';

/** The ISO date `offset` days from today (negative for the past). */
export const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** An ISO date as the date boxes take it (DD/MM/YYYY). */
export const uk = formatUkDate;

/**
 * Write straight into the database while the core is locked (the administrator's key opens it),
 * then sign the administrator in again.
 */
export async function withRawDatabase<T>(
  core: Core,
  dataDir: string,
  write: (db: Database.Database) => T,
): Promise<T> {
  await coreCall(core, 'vault.lock', { reason: 'user' });
  const db = await openRaw(dataDir, ADMIN.username, ADMIN.passphrase);
  try {
    return write(db);
  } finally {
    db.close();
    await coreCall(core, 'vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  }
}

/**
 * A fictional active match (since 90 days ago) between a mentor and a mentee made through the core,
 * moved to active behind its back: the workflow that leads there is the matches area's own test.
 * Returns the match's id.
 */
export async function addActiveMatch(core: Core, dataDir: string): Promise<string> {
  const mentor = await coreCall<{ id: string }>(core, 'mentors.create', {
    firstName: 'Priya',
    lastName: 'Fictional',
    enquiryDate: '2025-09-01',
  });
  const mentee = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: { firstName: 'Jordan', lastName: 'Invented', prisonNumber: 'A1234ZZ' },
    referral: { source: 'probation', referredOn: '2025-10-01', notALicenceCondition: true },
  });
  return withRawDatabase(core, dataDir, (db) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    db.prepare(`UPDATE mentor SET stage = 'matched' WHERE id = ?`).run(mentor.id);
    db.prepare(`UPDATE mentee SET stage = 'matched' WHERE id = ?`).run(mentee.id);
    db.prepare(
      `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
         explanation, override_reason, active_on, created_at, updated_at)
       VALUES (?, 'X-2026-0001', ?, ?, 'active', ?, ?, 'seed', '{}', '', ?, ?, ?)`,
    ).run(id, mentee.id, mentor.id, day(-90), day(-120), day(-90), at, at);
    return id;
  });
}

/**
 * The start of a test about a running match: the administrator set up through the core, one active
 * match, and the app open on the home page at a co-ordinator's laptop size.
 */
export async function openWithActiveMatch(
  launch: (options?: BrowserHostOptions) => Promise<BrowserHost>,
): Promise<{ host: BrowserHost; page: Page; matchId: string }> {
  const host = await launch({ navigate: false, viewport: { width: 1366, height: 768 } });
  await setUpThroughCore(host.core);
  const matchId = await addActiveMatch(host.core, host.dataDir);
  await host.open();
  await heading(host.page, `Welcome, ${ADMIN.displayName}`);
  return { host, page: host.page, matchId };
}

/** A match's page, on one of its tabs. */
export const openMatchTab = (page: Page, matchId: string, tab: MatchTab) =>
  goTo(page, `#${matchPath(matchId, tab)}`);

/** A match's file (everything about it on one printable page). */
export const openMatchFile = (page: Page, matchId: string) => goTo(page, `#${matchFilePath(matchId)}`);
