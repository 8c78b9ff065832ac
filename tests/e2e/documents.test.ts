import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Core } from '../../src/main/core';
import { seedAgreement } from '../../src/main/core/documents/document-fixture';
import type { MatchDocument } from '../../src/shared/contract/documents';
import { openRaw } from '../support/raw-db';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, coreCall, heading, setUpThroughCore, visible } from './support/app';
import { SCREENSHOT_DIR, describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A fictional active match with its saved, signed agreement, written straight into the database
 * while the core is locked (the workflow that leads there is the matches area's own test).
 */
async function addMatchWithAgreement(core: Core, dataDir: string): Promise<string> {
  const mentor = await coreCall<{ id: string }>(core, 'mentors.create', {
    firstName: 'Robin',
    lastName: 'Testwell',
    enquiryDate: '2025-09-01',
  });
  const mentee = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: { firstName: 'Jordan', lastName: 'Invented', preferredName: 'Jo', prisonNumber: 'A1234ZZ' },
    referral: { source: 'probation', referredOn: '2025-10-01', notALicenceCondition: true },
  });
  await coreCall(core, 'vault.lock', { reason: 'user' });
  const db = await openRaw(dataDir, ADMIN.username, ADMIN.passphrase);
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  db.prepare(`UPDATE mentor SET stage = 'matched' WHERE id = ?`).run(mentor.id);
  db.prepare(`UPDATE mentee SET stage = 'matched', case_manager_name = 'Priya Placeholder' WHERE id = ?`).run(
    mentee.id,
  );
  db.prepare(
    `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
       explanation, override_reason, active_on, created_at, updated_at)
     VALUES (?, 'X-2026-0007', ?, ?, 'active', ?, ?, 'seed', '{}', '', ?, ?, ?)`,
  ).run(id, mentee.id, mentor.id, day(-90), day(-120), day(-90), at, at);
  // Ground rules long enough to take the agreement onto a second page, to page through.
  const rules = Array.from(
    { length: 30 },
    (_, i) => `Rule ${i + 1}: we agree to keep to this, and to talk it through if either of us cannot.`,
  );
  seedAgreement(db, id, { groundRules: rules.join('\n') });
  db.close();
  await coreCall(core, 'vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  return id;
}

async function openMatchTab(page: Page, matchId: string, tab?: string): Promise<void> {
  await page.evaluate(
    (hash) => {
      (globalThis as unknown as PageGlobals).location.hash = hash;
    },
    `#/service-delivery/matches/${matchId}${tab ? `?tab=${tab}` : ''}`,
  );
}

/** Every stored PDF of the match, written out and turned into PNGs (60 dpi) to be looked at. */
async function pdfPages(core: Core, matchId: string): Promise<string[]> {
  const dir = path.join(SCREENSHOT_DIR, 'documents-pdf');
  mkdirSync(dir, { recursive: true });
  const { documents } = await coreCall<{ documents: MatchDocument[] }>(core, 'documents.list', { matchId });
  const made: string[] = [];
  for (const d of documents) {
    const { base64 } = await coreCall<{ base64: string }>(core, 'documents.read', { documentId: d.id });
    const file = path.join(dir, d.fileName);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
    made.push(file);
  }
  return made;
}

describe('match documents', () => {
  test('the agreement PDF and the ending letters: created, previewed, paged, and rendered to PNG', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const matchId = await addMatchWithAgreement(host.core, host.dataDir);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // The agreement, from the match page's agreement section.
    await openMatchTab(page, matchId);
    const agreement = page.getByTestId('agreement-document');
    await visible(agreement.getByText('No agreement PDF has been made yet.'));
    await agreement.getByRole('button', { name: 'Create the agreement PDF' }).click();
    const preview = agreement.getByRole('region', { name: /Preview of Mentoring agreement/ });
    await visible(preview);
    await agreement.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    // The text layer carries the words, so a screen reader (and this test) can read them.
    await visible(preview.getByText('Mentoring agreement', { exact: true }));
    await visible(agreement.getByText(/Version 1, made/));
    // Paging: the buttons, and Page Down / Page Up on the focused preview.
    await visible(agreement.getByText(/^Page 1 of [23]$/));
    await preview.focus();
    await page.keyboard.press('PageDown');
    await visible(agreement.getByText(/^Page 2 of [23]$/));
    await agreement.locator('[data-testid="pdf-preview"][data-drawn="2"]').waitFor({ timeout: 20_000 });
    await visible(preview.getByText('We agree that', { exact: true }));
    await agreement.getByRole('button', { name: 'Previous page' }).click();
    await visible(agreement.getByText(/^Page 1 of [23]$/));
    await agreement.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    await screenshot(page, 'documents-agreement-preview');
    // Chromium leaves a canvas far below the fold blank in a full-page capture, so the section
    // itself is captured too, scrolled into view.
    await agreement.screenshot({ path: path.join(SCREENSHOT_DIR, 'documents-agreement-section.png') });
    expect(await checkAccessibility(page, 'agreement preview')).toBeDefined();

    // A second version is kept; the newest is shown and the first can still be chosen.
    await agreement.getByRole('button', { name: 'Create the agreement PDF' }).click();
    await visible(agreement.getByLabel('Version'));
    expect(await agreement.getByLabel('Version').inputValue()).toMatch(/^Version 2/);

    // Save a copy downloads the bytes under the document's own name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agreement.getByRole('button', { name: 'Save a copy' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('agreement-X-2026-0007-v2.pdf');

    // Print: the pages are drawn as images into a print-only area, then the window's print dialog
    // opens. The dialog is the browser's; here it only records what it would have printed.
    interface PrintWatch {
      print(): void;
      printed?: number[];
      document: { querySelectorAll(selector: string): { length: number } };
    }
    await page.evaluate(() => {
      const w = globalThis as unknown as PrintWatch;
      w.printed = [];
      w.print = () => w.printed!.push(w.document.querySelectorAll('.pdf-print-area img').length);
    });
    await agreement.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => ((globalThis as unknown as PrintWatch).printed ?? []).length > 0);
    expect(await page.evaluate(() => (globalThis as unknown as PrintWatch).printed)).toEqual([2]);

    // The ending, then the three letters on the ending tab.
    await coreCall(host.core, 'endings.end', {
      matchId,
      kind: 'planned',
      reason: 'agreed_length_reached',
      endedOn: day(-1),
      continuesInformally: true,
    });
    await openMatchTab(page, matchId, 'ending');
    const letters = page.getByTestId('ending-letters');
    await letters.getByRole('button', { name: 'Create the ending letters' }).click();
    await letters.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    await visible(letters.getByText('Dear Jo,'));
    await letters.getByRole('tab', { name: 'To the case manager' }).click();
    await letters.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    await visible(letters.getByText('Dear Priya Placeholder,'));
    // Keyboard: the preview takes focus and the tabs move with the arrow keys.
    await letters.getByRole('tab', { name: 'To the case manager' }).focus();
    await page.keyboard.press('ArrowLeft');
    await visible(letters.getByText('Dear Robin,'));
    await letters.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    await screenshot(page, 'documents-ending-letters');
    await letters.screenshot({ path: path.join(SCREENSHOT_DIR, 'documents-ending-letters-section.png') });
    expect(await checkAccessibility(page, 'ending letters')).toBeDefined();

    const files = await pdfPages(host.core, matchId);
    expect(files.map((f) => path.basename(f)).sort()).toEqual([
      'agreement-X-2026-0007-v2.pdf',
      'agreement-X-2026-0007.pdf',
      'ending-letter-case-manager-X-2026-0007.pdf',
      'ending-letter-mentee-X-2026-0007.pdf',
      'ending-letter-mentor-X-2026-0007.pdf',
    ]);
  });
});
