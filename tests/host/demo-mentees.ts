import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import { INDUCTION_ITEMS, PATHWAYS, RISK_QUESTIONS } from '../../src/shared/mentees/assessment';
import type { MenteeStage, REFERRAL_SOURCES } from '../../src/shared/mentees/referral';
import { ukToday } from '../../src/shared/mentors/dates';

/**
 * Demo mentees: about twenty invented young men and adults referred from every source (probation,
 * youth offending teams, wing staff, chaplaincy, the resettlement board, self-referral wing slips
 * in the Swinfen Hall style), at every stage from a fresh referral to matched, not selected and
 * withdrawn. Built through the channels, as the screens would: referral, acknowledgement,
 * assessment meeting, carers and parental consent for under-18s, a signed-off risk assessment,
 * the induction checklist, preferences (one flagged for a co-ordinator), needs on the seven
 * pathways and contact-log entries. Callum Placeholder (demo.caseworker) holds a caseload. Every
 * name, prison number, address and telephone number is made up (example.org, Ofcom drama ranges).
 */
type Source = (typeof REFERRAL_SOURCES)[number];
interface DemoMentee {
  first: string;
  last: string;
  preferred?: string;
  /** Age in years today (under 18s come with carers and, at 16 or under, parental consent). */
  age: number;
  stage: MenteeStage;
  source: Source;
  agency?: string;
  /** Days ago the referral (or slip) arrived. */
  referred: number;
  prison: 'HMP Fellgate' | 'HMP Highmoss' | 'HMYOI Saltmarsh';
  prisonNumber: string;
  /** Months until expected release (negative: already out on licence). */
  releaseIn: number;
  offence: 'violence' | 'robbery' | 'burglary' | 'theft' | 'drugs' | 'motoring' | 'weapons' | 'fraud';
  caseload?: boolean;
  wing?: string;
  hopes: string;
  risk?: 'low' | 'medium' | 'high';
  preferences?: { gender?: string; ageRange?: string; ethnicity?: string; other?: string; shared?: string };
  needs?: Partial<Record<(typeof PATHWAYS)[number]['key'], 'low' | 'medium' | 'high'>>;
  notSelected?: string;
  withdrawn?: string;
  accessible?: string;
}

const D: DemoMentee[] = [
  {
    first: 'Jordan',
    last: 'Fictional',
    age: 19,
    stage: 'referred',
    source: 'self_referral',
    referred: 3,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A1234ZZ',
    releaseIn: 9,
    offence: 'theft',
    wing: 'B wing, cell 14',
    hopes: 'Wants help finding a college course when he gets out.',
    caseload: true,
  },
  {
    first: 'Kieran',
    last: 'Madeup',
    age: 18,
    stage: 'referred',
    source: 'self_referral',
    referred: 6,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A2345ZY',
    releaseIn: 5,
    offence: 'burglary',
    wing: 'C wing',
    hopes: 'Somebody to talk to about going home; nervous about his old friends.',
  },
  {
    first: 'Tariq',
    last: 'Sampleton',
    age: 24,
    stage: 'referred',
    source: 'probation',
    agency: 'Cumbria Probation (demo)',
    referred: 12,
    prison: 'HMP Fellgate',
    prisonNumber: 'A3456ZX',
    releaseIn: 4,
    offence: 'drugs',
    hopes: 'Support with accommodation and staying away from drugs.',
  },
  {
    first: 'Owen',
    last: 'Placeholder',
    preferred: 'Ozzy',
    age: 17,
    stage: 'acknowledged',
    source: 'youth_offending_team',
    agency: 'Kendal Youth Offending Team (demo)',
    referred: 15,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A4567ZW',
    releaseIn: 7,
    offence: 'robbery',
    hopes: 'Back into education; his mum wants him kept busy.',
    caseload: true,
  },
  {
    first: 'Lewis',
    last: 'Inventive',
    age: 29,
    stage: 'acknowledged',
    source: 'chaplaincy',
    agency: 'HMP Highmoss chaplaincy',
    referred: 20,
    prison: 'HMP Highmoss',
    prisonNumber: 'A5678ZV',
    releaseIn: 11,
    offence: 'fraud',
    hopes: 'Help with debts and getting a bank account.',
  },
  {
    first: 'Marcus',
    last: 'Notreal',
    age: 21,
    stage: 'assessment',
    source: 'prison_staff',
    agency: 'HMP Fellgate offender management unit',
    referred: 30,
    prison: 'HMP Fellgate',
    prisonNumber: 'A6789ZU',
    releaseIn: 6,
    offence: 'violence',
    hopes: 'A job and his own flat.',
    caseload: true,
    risk: 'medium',
  },
  {
    first: 'Daniel',
    last: 'Exemplar',
    age: 16,
    stage: 'assessment',
    source: 'youth_offending_team',
    agency: 'Barrowby Youth Offending Team (demo)',
    referred: 28,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A7890ZT',
    releaseIn: 8,
    offence: 'weapons',
    hopes: 'To finish school and play football again.',
    caseload: true,
  },
  {
    first: 'Ryan',
    last: 'Testcase',
    age: 33,
    stage: 'assessment',
    source: 'resettlement_board',
    agency: 'HMP Highmoss resettlement board',
    referred: 35,
    prison: 'HMP Highmoss',
    prisonNumber: 'A8901ZS',
    releaseIn: 3,
    offence: 'burglary',
    hopes: 'Reconnect with his children.',
  },
  {
    first: 'Callum',
    last: 'Storybook',
    age: 20,
    stage: 'induction',
    source: 'prison_non_operational_staff',
    agency: 'HMP Fellgate education department',
    referred: 50,
    prison: 'HMP Fellgate',
    prisonNumber: 'A9012ZR',
    releaseIn: 5,
    offence: 'motoring',
    hopes: 'Driving theory test and work in a garage.',
    caseload: true,
    risk: 'low',
    accessible: 'Easy-read leaflets; we read the agreement through with him.',
    needs: { ete: 'high', finance: 'medium' },
  },
  {
    first: 'Jamie',
    last: 'Pretend',
    age: 16,
    stage: 'induction',
    source: 'youth_offending_team',
    agency: 'Kendal Youth Offending Team (demo)',
    referred: 55,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A0123ZQ',
    releaseIn: 4,
    offence: 'theft',
    hopes: 'Stay out of trouble and help his nan.',
    caseload: true,
    risk: 'medium',
    needs: { children_families: 'high', attitudes: 'medium' },
  },
  {
    first: 'Aiden',
    last: 'Imaginary',
    age: 26,
    stage: 'induction',
    source: 'self_referral',
    referred: 60,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A1357ZP',
    releaseIn: 6,
    offence: 'drugs',
    wing: 'A wing',
    hopes: 'A mentor who has been through it.',
    risk: 'medium',
    preferences: { ethnicity: 'Only a white mentor', gender: 'Male' },
    needs: { drugs_alcohol: 'high', accommodation: 'medium' },
  },
  {
    first: 'Ben',
    last: 'Lookalike',
    age: 22,
    stage: 'ready',
    source: 'probation',
    agency: 'Cumbria Probation (demo)',
    referred: 80,
    prison: 'HMP Fellgate',
    prisonNumber: 'A2468ZN',
    releaseIn: 5,
    offence: 'theft',
    hopes: 'Somewhere to live and a routine.',
    caseload: true,
    risk: 'low',
    preferences: { gender: 'Male', ageRange: '25 to 40', shared: 'Football, fishing' },
    needs: { accommodation: 'high', ete: 'medium' },
  },
  {
    first: 'Nathan',
    last: 'Unreal',
    age: 17,
    stage: 'ready',
    source: 'youth_offending_team',
    agency: 'Barrowby Youth Offending Team (demo)',
    referred: 90,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A3579ZM',
    releaseIn: 3,
    offence: 'robbery',
    hopes: 'An apprenticeship.',
    caseload: true,
    risk: 'medium',
    needs: { ete: 'high', children_families: 'low' },
  },
  {
    first: 'Shaun',
    last: 'Figment',
    age: 35,
    stage: 'ready',
    source: 'chaplaincy',
    agency: 'HMP Highmoss chaplaincy',
    referred: 100,
    prison: 'HMP Highmoss',
    prisonNumber: 'A4680ZL',
    releaseIn: 2,
    offence: 'violence',
    hopes: 'Anger management support and a job.',
    risk: 'high',
    needs: { attitudes: 'high', health: 'medium' },
  },
  {
    first: 'Dean',
    last: 'Fabricated',
    age: 27,
    stage: 'matched',
    source: 'prison_staff',
    agency: 'HMP Fellgate wing staff',
    referred: 160,
    prison: 'HMP Fellgate',
    prisonNumber: 'A5791ZK',
    releaseIn: -2,
    offence: 'burglary',
    hopes: 'Keep his tenancy and find work.',
    caseload: true,
    risk: 'low',
    needs: { accommodation: 'medium', finance: 'medium' },
  },
  {
    first: 'Liam',
    last: 'Hypothesis',
    age: 19,
    stage: 'matched',
    source: 'self_referral',
    referred: 140,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A6802ZJ',
    releaseIn: 1,
    offence: 'drugs',
    wing: 'D wing',
    hopes: 'College and staying clean.',
    risk: 'medium',
    needs: { drugs_alcohol: 'high', ete: 'medium' },
  },
  {
    first: 'Connor',
    last: 'Nominal',
    age: 23,
    stage: 'not_selected',
    source: 'other_agency',
    agency: 'Harbourside housing project (demo)',
    referred: 70,
    prison: 'HMP Highmoss',
    prisonNumber: 'A7913ZH',
    releaseIn: 10,
    offence: 'fraud',
    hopes: 'Unsure; referred by his housing worker.',
    notSelected: 'Did not want a mentor after the meeting; already supported by a drug service key worker.',
  },
  {
    first: 'Tyler',
    last: 'Mockup',
    age: 18,
    stage: 'withdrawn',
    source: 'self_referral',
    referred: 75,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A8024ZG',
    releaseIn: 4,
    offence: 'theft',
    wing: 'B wing',
    hopes: 'Help with a CV.',
    withdrawn: 'Changed his mind after the assessment meeting; told he can ask again any time.',
  },
  {
    first: 'Reece',
    last: 'Dummy',
    age: 30,
    stage: 'closed',
    source: 'probation',
    agency: 'Cumbria Probation (demo)',
    referred: 400,
    prison: 'HMP Fellgate',
    prisonNumber: 'A9135ZF',
    releaseIn: -8,
    offence: 'motoring',
    hopes: 'Work and his driving licence back.',
    risk: 'low',
    needs: { ete: 'medium' },
  },
  {
    first: 'Kai',
    last: 'Specimen',
    age: 20,
    stage: 'assessment',
    source: 'prison_staff',
    agency: 'HMYOI Saltmarsh wing staff',
    referred: 25,
    prison: 'HMYOI Saltmarsh',
    prisonNumber: 'A0246ZE',
    releaseIn: 9,
    offence: 'violence',
    hopes: 'To be a better dad.',
    caseload: true,
  },
];

const ORDER: MenteeStage[] = ['referred', 'acknowledged', 'assessment', 'induction', 'ready', 'matched'];
const reached = (m: DemoMentee, s: MenteeStage) =>
  m.stage === 'closed'
    ? ORDER.indexOf(s) <= ORDER.indexOf('matched')
    : ORDER.indexOf(s) <= ORDER.indexOf(m.stage);

export async function buildDemoMentees(core: Core, caseworkerAccountId: string): Promise<void> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok)
      throw new Error(
        `Demo mentees: ${channel} failed with ${r.error.code}: ${r.error.message} ${(r.error.unmet ?? []).join(' ')}`,
      );
    return r.value;
  };
  const today = ukToday(new Date());
  const ago = (days: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - days);
    return d.toISOString().slice(0, 10);
  };
  const monthsOn = (months: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
  };
  const places = await call<{ items: { id: string; name: string }[] }>('establishments.list', {
    pageSize: 50,
  });
  const placeId = (name: string) => places.items.find((p) => p.name === name)!.id;

  for (const [i, m] of D.entries()) {
    const referredOn = ago(m.referred);
    // Each later step a little after the one before, never after today.
    const step = (n: number) => ago(Math.max(0, m.referred - n * Math.max(2, Math.floor(m.referred / 8))));
    const establishmentId = placeId(m.prison);
    // The record as the referral form (or, for a wing slip, the assessment meeting) fills it in.
    const fields = {
      firstName: m.first,
      lastName: m.last,
      preferredName: m.preferred ?? '',
      dateOfBirth: ago(m.age * 365 + 40 + i),
      gender: 'Male',
      homeArea: m.prison === 'HMP Highmoss' ? 'Barrow-in-Furness' : 'Kendal',
      addressOnRelease: `${10 + i} Example Street, Kendal LA9 ${i % 9}ZZ`,
      employmentStatus: 'unemployed',
      prisonNumber: m.prisonNumber,
      custodyStatus: m.releaseIn < 0 ? 'released' : 'sentenced',
      sentenceType: m.age < 18 ? 'dto' : 'determinate',
      sentenceMonths: 12 + (i % 5) * 6,
      offenceCategory: m.offence,
      expectedRelease: monthsOn(m.releaseIn),
      caseManagerName: m.age < 18 ? 'YOT case manager (demo)' : 'Probation officer (demo)',
      caseManagerContact: `case.manager${i}@example.org, 0113 496 0${String(100 + i).padStart(3, '0')}`,
      interests: ['Football', 'Music', 'Cooking', 'Gym'].slice(0, 1 + (i % 3)),
    };
    const created =
      m.source === 'self_referral'
        ? await call<{ id: string }>('mentees.selfReferral', {
            firstName: m.first,
            lastName: m.last,
            prisonNumber: m.prisonNumber,
            establishmentId,
            location: m.wing ?? '',
            wantsHelpWith: m.hopes,
            receivedOn: referredOn,
          })
        : await call<{ id: string }>('mentees.create', {
            mentee: { ...fields, establishmentId },
            referral: {
              source: m.source,
              agency: m.agency ?? '',
              referrerName: `Referrer ${m.last}`,
              referrerContact: `referrals${i}@example.org`,
              referredOn,
              reason: m.hopes,
              hopes: m.hopes,
              notALicenceCondition: true,
            },
          });
    const id = created.id;
    if (m.caseload) await call('mentees.assignCaseworker', { id, caseworkerAccountId });
    const contact = (onDate: string, withWhom: string, method: string, nature: string, outcome = '') =>
      call('contacts.add', { menteeId: id, onDate, withWhom, method, nature, outcome });

    if (m.stage === 'referred') continue;
    await call('mentees.acknowledgeReferral', { id, on: step(1) });
    await contact(
      step(1),
      'agency',
      'email',
      'Acknowledged the referral',
      'Referrer told we will visit within a fortnight.',
    );
    if (m.stage === 'acknowledged') continue;

    await call('mentees.moveStage', { id, stage: 'assessment', on: step(2) });
    await contact(
      step(2),
      'mentee',
      'prison_visit',
      'Assessment meeting on the wing',
      'Talked through what a mentor does.',
    );
    const outcome = m.notSelected ? 'not_selected' : 'suitable';
    await call('assessment.saveMeeting', {
      menteeId: id,
      heldOn: step(2),
      attendedBy: 'Callum Placeholder and the wing officer',
      notes: 'Talked through the programme; taking part is voluntary.',
      outcome,
      notSelectedReasons: m.notSelected ?? '',
      signposting: m.notSelected ? 'Carry on with the drug service key worker; leaflet left.' : '',
      toldOn: m.notSelected ? step(3) : null,
      toldHow: m.notSelected ? 'In person on the wing' : '',
    });
    if (m.age < 18) {
      await call('assessment.saveCarer', {
        menteeId: id,
        name: `${m.age <= 16 ? 'Mrs' : 'Ms'} ${m.last}`,
        relationship: 'Mother',
        phone: `07700 900${String(100 + i).padStart(3, '0')}`,
        email: `${m.last.toLowerCase()}.family@example.org`,
        isKeyContact: true,
        involvement: 'Visits fortnightly; keen for him to have a mentor.',
        literatureGivenOn: step(2),
        parentalConsentOn: m.age <= 16 ? step(2) : null,
        parentalConsentForm: m.age <= 16 ? `PC-${100 + i}` : '',
      });
      await contact(step(2), 'carer', 'phone', 'Explained the programme to his mother', 'Literature posted.');
    }
    if (!m.notSelected && !m.withdrawn)
      await call('mentees.update', {
        ...fields,
        id,
        consentGivenOn: step(2),
        consentHow: m.source === 'self_referral' ? 'signed_form' : 'in_person',
      });
    if (m.notSelected) {
      await call('mentees.moveStage', {
        id,
        stage: 'not_selected',
        on: step(3),
        note: 'Did not want a mentor.',
      });
      continue;
    }
    if (m.withdrawn) {
      await call('mentees.moveStage', { id, stage: 'withdrawn', on: step(3), note: m.withdrawn });
      continue;
    }
    if (m.risk) {
      const draft = await call<{ id: string }>('assessment.saveRiskDraft', {
        menteeId: id,
        answers: Object.fromEntries(
          RISK_QUESTIONS.map((q) => [
            q.key,
            q.key === 'substances' && m.offence === 'drugs'
              ? { answer: 'yes', notes: 'In recovery; meet away from town-centre pubs.' }
              : q.key === 'violence' && m.risk === 'high'
                ? { answer: 'yes', notes: 'Two incidents with staff in custody; none in the last year.' }
                : { answer: q.key === 'story_telling' ? 'unknown' : 'no', notes: '' },
          ]),
        ),
        sourceDocument: m.age < 18 ? 'asset_plus' : 'oasys',
        sourceReference: `${m.age < 18 ? 'AP' : 'OA'}-${1000 + i}`,
        sourceDated: step(2),
        overallLevel: m.risk,
        safeguards:
          m.risk === 'high'
            ? 'First meetings in the visits hall; two-person meetings after release.'
            : 'Meet in public places.',
        assessor: 'Callum Placeholder',
        assessedOn: step(3),
        // A high-risk review falls due soon, for the work queue; the rest are months away.
        reviewDue: ago(m.risk === 'high' ? -10 : -150),
      });
      if (reached(m, 'ready') || m.stage === 'closed')
        await call('assessment.signOffRisk', { menteeId: id, id: draft.id });
    }
    if (m.preferences)
      await call('assessment.savePreferences', {
        menteeId: id,
        gender: m.preferences.gender ?? '',
        ageRange: m.preferences.ageRange ?? '',
        ethnicity: m.preferences.ethnicity ?? '',
        sharedInterests: m.preferences.shared ?? '',
        other: m.preferences.other ?? '',
      });
    for (const p of PATHWAYS)
      if (m.needs?.[p.key])
        await call('assessment.saveNeed', { menteeId: id, pathway: p.key, level: m.needs[p.key], notes: '' });
    if (m.stage === 'assessment') continue;

    await call('mentees.moveStage', { id, stage: 'induction', on: step(4) });
    if (m.accessible)
      await call('assessment.setAccessibleFormat', {
        menteeId: id,
        accessibleFormat: true,
        adaptations: m.accessible,
      });
    // Still in induction: the first three items of the checklist so far.
    const items = reached(m, 'ready') ? INDUCTION_ITEMS : INDUCTION_ITEMS.slice(0, 3);
    for (const item of items)
      await call('assessment.setInductionItem', { menteeId: id, item: item.key, doneOn: step(5) });
    await contact(
      step(5),
      'mentee',
      'in_person',
      'Induction session',
      'Covered the service, the mentor role and boundaries.',
    );
    if (m.stage === 'induction') continue;

    await call('mentees.moveStage', { id, stage: 'ready', on: step(6) });
    if (m.stage === 'ready') continue;
    await call('mentees.moveStage', { id, stage: 'matched', on: step(7) });
    await contact(step(7), 'agency', 'phone', 'Told his probation officer about the match');
    if (m.stage === 'closed')
      await call('mentees.moveStage', {
        id,
        stage: 'closed',
        on: step(8),
        note: 'Mentoring ended well after a year.',
      });
  }
}
