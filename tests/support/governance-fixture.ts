import type { WorkItem } from '../../src/shared/contract/workqueue';
import type { TestCore } from './core-fixture';
import { cleanUpAfterEach, setUpStaff, type StaffCore, type StaffList } from './match-fixture';

/**
 * Set-up shared by the issue-11 core tests (supervision, support groups, partners, policies,
 * complaints, feedback, expenses): the staff who handle governance records, a core on a fixed day,
 * the work queue's items of one area, and files the attachment rule accepts or refuses.
 */

/** A co-ordinator (signed in), a caseworker, a lead mentor and a regional manager. */
export const GOVERNANCE_STAFF = [
  ['cora.c', ['coordinator']],
  ['cas.one', ['caseworker']],
  ['lee.lead', ['lead_mentor']],
  ['rhea.rm', ['regional_manager']],
] as const satisfies StaffList;

/**
 * Call at the top of a test file: returns a set-up that gives a core whose clock stands at 10:00
 * UTC on `today` with `staff` made, cleaned up after each test.
 */
export function staffOnDay(today: string, staff: StaffList = GOVERNANCE_STAFF): () => Promise<StaffCore> {
  const keep = cleanUpAfterEach();
  return async () => keep(await setUpStaff({ now: new Date(`${today}T10:00:00Z`), staff }));
}

/** The signed-in person's work queue, only the items `pick` keeps. */
export async function queueItems(
  s: TestCore,
  pick: (i: WorkItem) => boolean = () => true,
): Promise<WorkItem[]> {
  return (await s.ok<{ items: WorkItem[] }>('workqueue.items', {})).items.filter(pick);
}

/** A tiny PDF, as base64; `text` makes two documents differ. */
export const pdfBase64 = (text = 'document') =>
  Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString('base64');

/** The signature of a PNG and a header's first bytes: enough for the attachment rule. */
export const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString(
  'base64',
);

/** A PDF one byte over the 5 MB limit. */
export function oversizePdfBase64(): string {
  const huge = Buffer.alloc(5 * 1024 * 1024 + 1);
  Buffer.from('%PDF-1.4\n').copy(huge);
  return huge.toString('base64');
}
