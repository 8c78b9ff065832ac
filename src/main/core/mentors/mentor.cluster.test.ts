import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  CHOSEN_PASSPHRASE,
  makeSetUpCore,
  TEMPORARY_PASSPHRASE,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import type { Cluster } from '../../../shared/contract';
import type { ClusterOverview, Mentor } from '../../../shared/contract/mentors';
import type { AppError } from '../../../shared/errors';
import { clearanceStep, mentorStep } from './mentor.cluster.steps';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const TODAY = '2026-11-23';

async function error(s: TestCore, channel: string, input: unknown): Promise<AppError> {
  const r = await s.call(channel, input);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}

/**
 * Two clusters, a lead mentor for the first (linked to a lead mentor account), a mentor in each
 * with contact, vetting and equality answers, clearance at a prison, training attended and a
 * session to come; and one who has left.
 */
async function setUp() {
  const s = await makeSetUpCore({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  t = s;
  const leadAccount = await s.ok<{ id: string }>('accounts.create', {
    username: 'lee.lead',
    displayName: 'Lee Lead',
    roles: ['lead_mentor'],
    temporaryPassphrase: TEMPORARY_PASSPHRASE,
  });
  await becomeNewAccount(s, 'cora.c', ['coordinator'], 'Cora Coordinator');
  const region = await s.ok<{ id: string }>('establishments.saveRegion', { name: 'North West' });
  const fell = await s.ok<Cluster>('establishments.saveCluster', { name: 'Fellside', regionId: region.id });
  const river = await s.ok<Cluster>('establishments.saveCluster', { name: 'Riverside', regionId: region.id });
  const prison = await s.ok<{ id: string }>('establishments.create', {
    name: 'HMP Northmoor',
    kind: 'prison',
  });
  const yoi = await s.ok<{ id: string }>('establishments.create', { name: 'HMYOI Aldbeck', kind: 'yoi' });

  const mentor = async (firstName: string, lastName: string, clusterId: string, extra = {}) => {
    const m = await s.ok<Mentor>('mentors.create', {
      firstName,
      lastName,
      enquiryDate: '2026-09-01',
      ...extra,
    });
    await s.ok('mentors.setLeadMentor', { id: m.id, isLeadMentor: false, clusterId });
    return m;
  };
  const lead = await s.ok<Mentor>('mentors.create', {
    firstName: 'Lee',
    lastName: 'Lead',
    enquiryDate: '2025-01-01',
  });
  await s.ok('mentors.setLeadMentor', {
    id: lead.id,
    isLeadMentor: true,
    clusterId: fell.id,
    accountId: leadAccount.id,
  });
  const robin = await mentor('Robin', 'Example', fell.id, {
    email: 'robin@example.org',
    phone: '07700 900123',
    hardToWorkWith: 'Arson',
  });
  const sam = await mentor('Sam', 'South', river.id, { email: 'sam@example.org' });
  const gone = await mentor('Gil', 'Gone', fell.id);
  await s.ok('mentors.moveStage', { id: gone.id, stage: 'left', on: '2026-11-01', leftReason: 'Moved away' });

  // Vetting and equality facts that must never reach a lead mentor.
  await s.ok('screening.saveDbsCheck', {
    mentorId: robin.id,
    certificateNumber: '001234567890',
    issueDate: '2026-10-01',
    outcome: 'clear',
  });
  await s.ok('screening.saveEquality', {
    mentorId: robin.id,
    ageBand: '35_44',
    gender: 'prefer_not_to_say',
    ethnicity: 'Irish',
    disability: 'no',
  });
  // Robin: forms in and ID seen at the prison, the security session still to come; cleared at the YOI.
  await s.ok('screening.saveClearance', {
    mentorId: robin.id,
    establishmentId: prison.id,
    status: 'forms_submitted',
    formsSubmittedOn: '2026-11-02',
    idSeenOn: '2026-11-02',
  });
  await s.ok('screening.saveClearance', {
    mentorId: robin.id,
    establishmentId: yoi.id,
    status: 'cleared',
    formsSubmittedOn: '2025-11-01',
    clearedOn: '2025-12-01',
    expiresOn: '2027-12-01',
  });
  await s.ok('screening.saveClearance', {
    mentorId: sam.id,
    establishmentId: prison.id,
    status: 'not_started',
  });

  // Training: Robin attended 6 hours of initial training and is invited to a session to come.
  const course = await s.ok<{ id: string }>('training.saveCourse', {
    title: 'Initial training',
    kind: 'initial',
  });
  const session = (heldOn: string) =>
    s.ok<{ session: { id: string } }>('training.saveSession', {
      courseId: course.id,
      heldOn,
      startTime: '09:30',
      hours: 6,
      venue: 'Riverside Centre',
      capacity: 14,
    });
  const past = await session('2026-10-10');
  const coming = await session('2026-12-12');
  await s.ok('training.invite', { sessionId: past.session.id, mentorIds: [robin.id] });
  await s.ok('training.setAttendance', {
    sessionId: past.session.id,
    mentorId: robin.id,
    status: 'attended',
  });
  await s.ok('training.invite', { sessionId: coming.session.id, mentorIds: [robin.id] });
  return Object.assign(s, { fell, river, lead, robin, sam, gone });
}

async function becomeLeadMentor(s: TestCore) {
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username: 'lee.lead', passphrase: TEMPORARY_PASSPHRASE });
  await s.ok('vault.changePassphrase', {
    currentPassphrase: TEMPORARY_PASSPHRASE,
    newPassphrase: CHOSEN_PASSPHRASE,
  });
}

describe('the next step of a prison clearance', () => {
  const blank = {
    status: 'not_started',
    formsSubmittedOn: null,
    idSeenOn: null,
    securityAwarenessOn: null,
    expiresOn: null,
  } as const;
  const step = (c: Partial<Parameters<typeof clearanceStep>[0]>) => clearanceStep({ ...blank, ...c }, TODAY);

  it('names the first paperwork step without a date', () => {
    expect(step({})).toEqual({ step: 'forms_to_submit', nextStep: 'Forms to submit' });
    expect(step({ status: 'forms_submitted', formsSubmittedOn: '2026-11-01' }).nextStep).toBe(
      'ID to be seen',
    );
    expect(step({ formsSubmittedOn: '2026-11-01', idSeenOn: '2026-11-01' }).nextStep).toBe(
      'Security awareness session to attend',
    );
    expect(
      step({ formsSubmittedOn: '2026-11-01', idSeenOn: '2026-11-01', securityAwarenessOn: '2026-12-03' }),
    ).toEqual({ step: 'security_session', nextStep: 'Security awareness session to attend on 03/12/2026' });
    expect(
      step({ formsSubmittedOn: '2026-11-01', idSeenOn: '2026-11-01', securityAwarenessOn: TODAY }),
    ).toEqual({ step: 'awaiting_prison', nextStep: 'Awaiting the prison' });
  });

  it('gives the outcome once the prison has answered, and warns before expiry', () => {
    expect(step({ status: 'cleared', expiresOn: '2027-12-01' })).toEqual({
      step: 'cleared',
      nextStep: 'Cleared until 01/12/2027',
    });
    expect(step({ status: 'cleared' }).nextStep).toBe('Cleared');
    expect(step({ status: 'cleared', expiresOn: '2026-12-23' })).toEqual({
      step: 'clearance_expiring',
      nextStep: 'Expires on 23/12/2026: renew it',
    });
    expect(step({ status: 'cleared', expiresOn: '2026-12-24' }).step).toBe('cleared');
    expect(step({ status: 'cleared', expiresOn: TODAY }).step).toBe('clearance_expiring');
    expect(step({ status: 'cleared', expiresOn: '2026-11-22' })).toEqual({
      step: 'clearance_expired',
      nextStep: 'Expired',
    });
    expect(step({ status: 'expired' }).nextStep).toBe('Expired');
    expect(step({ status: 'refused' }).nextStep).toBe('Refused by the prison');
    expect(step({ status: 'withdrawn' }).nextStep).toBe('Withdrawn');
  });

  it('gives a mentor the most urgent of their steps, naming the place when there are several', () => {
    expect(mentorStep([])).toEqual({ step: 'no_clearance', nextStep: 'No prison clearance begun' });
    expect(
      mentorStep([
        { establishmentName: 'HMP A', step: 'cleared', nextStep: 'Cleared' },
        { establishmentName: 'HMP B', step: 'id_to_be_seen', nextStep: 'ID to be seen' },
      ]),
    ).toEqual({ step: 'id_to_be_seen', nextStep: 'ID to be seen (HMP B)' });
  });
});

describe('mentors.clusterOverview', () => {
  it('shows a lead mentor only their cluster, with paperwork and training, and nothing vetting or equality', async () => {
    const s = await setUp();
    await becomeLeadMentor(s);
    const seen = await s.ok<ClusterOverview>('mentors.clusterOverview', {});
    expect(seen.clusters).toEqual([{ id: s.fell.id, name: 'Fellside' }]);
    expect(seen.initialTrainingHours).toBe(12);
    // Not Sam (another cluster), not Gil (left).
    expect(seen.items.map((r) => r.displayName)).toEqual(['Robin Example', 'Lee Lead']);
    const robin = seen.items[0]!;
    expect(robin).toMatchObject({
      id: s.robin.id,
      email: 'robin@example.org',
      phone: '07700 900123',
      clusterName: 'Fellside',
      initialHours: 6,
      initialHoursMet: false,
      nextSessionOn: '2026-12-12',
      nextSessionCourse: 'Initial training',
      step: 'security_session',
      nextStep: 'Security awareness session to attend (HMP Northmoor)',
    });
    expect(robin.clearances.map((c) => [c.establishmentName, c.status, c.nextStep])).toEqual([
      ['HMP Northmoor', 'forms_submitted', 'Security awareness session to attend'],
      ['HMYOI Aldbeck', 'cleared', 'Cleared until 01/12/2027'],
    ]);
    expect(robin.clearances[0]).toMatchObject({ formsSubmittedOn: '2026-11-02', idSeenOn: '2026-11-02' });
    expect(seen.items[1]).toMatchObject({ isLeadMentor: true, step: 'no_clearance', nextSessionOn: null });

    // Nothing from the vetting or equality classes: no such field, no such value.
    const text = JSON.stringify(seen);
    for (const secret of ['Arson', '001234567890', 'Irish', 'prefer_not_to_say', '35_44'])
      expect(text).not.toContain(secret);
    for (const field of ['hardToWorkWith', 'certificateNumber', 'ethnicity', 'unmet', 'observations'])
      expect(text).not.toContain(field);

    // Asking for another cluster gives nothing: the scope, not the filter, decides.
    const other = await s.ok<ClusterOverview>('mentors.clusterOverview', { clusterId: s.river.id });
    expect(other.items).toEqual([]);
  });

  it('tells a lead mentor not yet linked to a cluster that there is nothing to show', async () => {
    const s = await makeSetUpCore({ now: () => new Date(`${TODAY}T10:00:00Z`) });
    t = s;
    await becomeNewAccount(s, 'new.lead', ['lead_mentor']);
    expect(await s.ok<ClusterOverview>('mentors.clusterOverview', {})).toEqual({
      initialTrainingHours: 12,
      clusters: [],
      items: [],
    });
  });

  it('lets a co-ordinator see every cluster, or filter to one', async () => {
    const s = await setUp();
    const all = await s.ok<ClusterOverview>('mentors.clusterOverview', {});
    expect(all.clusters.map((c) => c.name)).toEqual(['Fellside', 'Riverside']);
    expect(all.items.map((r) => r.displayName)).toEqual(['Robin Example', 'Lee Lead', 'Sam South']);
    const river = await s.ok<ClusterOverview>('mentors.clusterOverview', { clusterId: s.river.id });
    expect(river.items).toHaveLength(1);
    expect(river.items[0]).toMatchObject({
      displayName: 'Sam South',
      email: 'sam@example.org',
      step: 'forms_to_submit',
      nextStep: 'Forms to submit',
      initialHours: 0,
      initialHoursMet: false,
    });
  });

  it('refuses bad input and those who may not follow clusters', async () => {
    const s = await setUp();
    for (const input of [{ clusterId: 'x' }, { all: true }, { clusterId: 7 }])
      expect((await error(s, 'mentors.clusterOverview', input)).code).toBe('VALIDATION');
    const bad = await error(s, 'mentors.clusterOverview', { clusterId: 'x' });
    expect(bad.fieldErrors?.clusterId).toBe('That record reference is not valid.');
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'casey.case', ['caseworker']);
    expect((await error(s, 'mentors.clusterOverview', {})).code).toBe('FORBIDDEN');
  });
});
