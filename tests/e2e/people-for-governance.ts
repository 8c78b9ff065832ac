import type { Core } from '../../src/main/core';
import { addMonths, ukToday } from '../../src/shared/mentors/dates';
import { coreCall } from './support/app';

/**
 * For the complaints and safeguarding e2e tests: a mentee in custody, made by the signed-in
 * co-ordinator and put on a caseworker's caseload when one is named.
 */
export async function menteeOnCaseload(core: Core, caseworkerAccountId: string | null): Promise<string> {
  const prison = await coreCall<{ id: string }>(core, 'establishments.create', {
    name: 'HMP Fellgate',
    kind: 'prison',
  });
  const today = ukToday(new Date());
  const m = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: {
      firstName: 'Casey',
      lastName: 'Fictional',
      dateOfBirth: '1995-04-02',
      establishmentId: prison.id,
      expectedRelease: addMonths(today, 6),
      homeArea: 'Kendal',
      interests: ['Football'],
      languages: ['English'],
      learningStyle: 'pragmatist',
      offenceCategory: 'burglary',
      consentGivenOn: today,
      consentHow: 'in_person',
    },
    referral: { source: 'probation', referredOn: today, notALicenceCondition: true },
  });
  if (caseworkerAccountId)
    await coreCall(core, 'mentees.assignCaseworker', { id: m.id, caseworkerAccountId });
  return m.id;
}
