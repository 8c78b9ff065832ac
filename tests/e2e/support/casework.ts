import type { Locator, Page } from 'playwright-core';
import type { Core } from '../../../src/main/core';
import { INDUCTION_ITEMS } from '../../../src/shared/mentees/assessment';
import { addMonths, ukToday } from '../../../src/shared/mentors/dates';
import { ADMIN, coreCall } from './app';
import type { PageGlobals } from './page-globals';

/**
 * Shared set-up for the casework e2e tests (matching and the mentoring relationship): people walked
 * to "ready" through the core, because their own screens are walked in mentees.test.ts and
 * mentors.test.ts.
 */

/** A mentee walked to ready through the core: induction, a signed-off risk assessment, preferences. */
export async function readyMentee(
  core: Core,
  prisonId: string,
  firstName: string,
  releaseInMonths: number,
): Promise<string> {
  const today = ukToday(new Date());
  const m = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: {
      firstName,
      lastName: 'Fictional',
      dateOfBirth: '1995-04-02',
      establishmentId: prisonId,
      expectedRelease: addMonths(today, releaseInMonths),
      homeArea: 'Kendal',
      interests: ['Football', 'Cooking', 'Music'],
      languages: ['English', 'Polish'],
      learningStyle: 'pragmatist',
      offenceCategory: 'burglary',
      consentGivenOn: today,
      consentHow: 'in_person',
    },
    referral: { source: 'probation', referredOn: today, notALicenceCondition: true },
  });
  for (const { key } of INDUCTION_ITEMS)
    await coreCall(core, 'assessment.setInductionItem', { menteeId: m.id, item: key, doneOn: today });
  const draft = await coreCall<{ id: string }>(core, 'assessment.saveRiskDraft', {
    menteeId: m.id,
    overallLevel: 'low',
    assessor: ADMIN.displayName,
    assessedOn: today,
  });
  await coreCall(core, 'assessment.signOffRisk', { menteeId: m.id, id: draft.id });
  await coreCall(core, 'assessment.savePreferences', {
    menteeId: m.id,
    ageRange: '30 to 50',
    sharedInterests: 'fell walking',
  });
  await coreCall(core, 'mentees.moveStage', { id: m.id, stage: 'ready', on: today });
  return m.id;
}

/** A mentor made ready on a co-ordinator's exception (recruitment is walked in mentors.test.ts). */
export async function readyMentor(
  core: Core,
  prisonId: string,
  firstName: string,
  facts: Record<string, unknown>,
  clearance: 'cleared' | 'forms_submitted' | null,
): Promise<string> {
  const today = ukToday(new Date());
  const m = await coreCall<{ id: string }>(core, 'mentors.create', {
    firstName,
    lastName: 'Madeup',
    enquiryDate: today,
    dateOfBirth: '1984-06-01',
    ...facts,
  });
  await coreCall(core, 'mentors.moveStage', {
    id: m.id,
    stage: 'ready',
    on: today,
    exceptionReason: 'Test set-up: recruitment is walked elsewhere.',
  });
  if (clearance)
    await coreCall(core, 'screening.saveClearance', {
      mentorId: m.id,
      establishmentId: prisonId,
      status: clearance,
      ...(clearance === 'cleared' ? { clearedOn: today } : { formsSubmittedOn: today }),
    });
  return m.id;
}

/** Go to a route of the app by its hash, as a bookmark would. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as PageGlobals).location.hash = h;
  }, hash);
}

/** Choose an option in a Mantine Select inside `scope`, found by its label. */
export async function choose(
  page: Page,
  scope: Locator | Page,
  label: RegExp,
  option: string,
): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
