import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import { RECRUITMENT_STAGES, type MentorStage } from '../../src/shared/mentors/pipeline';

/**
 * Demo mentors: a believable pool of invented volunteers at every step from first enquiry to
 * mentoring, pausing and leaving, with the references, DBS checks, training, interviews, decisions
 * and prison clearances each step implies. One is the demo lead mentor (Bronwen Fictitious, who
 * signs in as demo.leadmentor) for the Fellside cluster. Every name, address and number is made up:
 * example.org addresses and Ofcom's drama telephone ranges.
 */
interface DemoMentor {
  first: string;
  last: string;
  stage: MentorStage;
  cluster: 'Fellside' | 'Coastal';
  heardVia: string;
  /** Days ago they first got in touch. */
  enquiry: number;
  interests?: string[];
  languages?: string[];
  days?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
  /** Days until the DBS check is due for renewal (to show the work queue's warnings). */
  dbsDueIn?: number;
  lead?: boolean;
  onHoldReason?: string;
  leftReason?: string;
}

const M: DemoMentor[] = [
  {
    first: 'Bronwen',
    last: 'Fictitious',
    stage: 'matched',
    cluster: 'Fellside',
    heardVia: 'Word of mouth',
    enquiry: 900,
    lead: true,
    interests: ['Walking', 'Cooking'],
    days: ['tue', 'thu'],
  },
  {
    first: 'Tobias',
    last: 'Example',
    stage: 'matched',
    cluster: 'Fellside',
    heardVia: 'Local paper or free publication',
    enquiry: 600,
    interests: ['Football', 'Music'],
    days: ['mon', 'wed'],
    dbsDueIn: 25,
  },
  {
    first: 'Nia',
    last: 'Sampleford',
    stage: 'matched',
    cluster: 'Coastal',
    heardVia: 'Volunteer bureau',
    enquiry: 540,
    languages: ['English', 'Welsh'],
    days: ['wed', 'fri'],
  },
  {
    first: 'Kwame',
    last: 'Placeholder',
    stage: 'ready',
    cluster: 'Coastal',
    heardVia: 'Community or faith group',
    enquiry: 300,
    interests: ['Boxing', 'Mentoring young people'],
    days: ['mon', 'tue', 'sat'],
    dbsDueIn: 55,
  },
  {
    first: 'Maeve',
    last: 'Notreal',
    stage: 'ready',
    cluster: 'Fellside',
    heardVia: 'Local college',
    enquiry: 280,
    interests: ['Art', 'Gardening'],
    days: ['thu', 'fri'],
  },
  {
    first: 'Oskar',
    last: 'Testwell',
    stage: 'ready',
    cluster: 'Fellside',
    heardVia: 'Employer volunteering scheme',
    enquiry: 260,
    languages: ['English', 'Polish'],
    days: ['tue', 'wed'],
    dbsDueIn: 6,
  },
  {
    first: 'Yusuf',
    last: 'Madeup',
    stage: 'clearance',
    cluster: 'Coastal',
    heardVia: 'Word of mouth',
    enquiry: 200,
    languages: ['English', 'Urdu'],
    days: ['mon', 'thu'],
  },
  {
    first: 'Harriet',
    last: 'Inventa',
    stage: 'clearance',
    cluster: 'Fellside',
    heardVia: 'Poster',
    enquiry: 190,
    days: ['wed'],
  },
  {
    first: 'Dylan',
    last: 'Sampleton',
    stage: 'decision',
    cluster: 'Coastal',
    heardVia: 'Local radio',
    enquiry: 170,
    interests: ['Cycling'],
  },
  {
    first: 'Grace',
    last: 'Dummy',
    stage: 'interview',
    cluster: 'Fellside',
    heardVia: 'Leaflet',
    enquiry: 150,
    interests: ['Reading'],
  },
  {
    first: 'Arjun',
    last: 'Fabricated',
    stage: 'initial_training',
    cluster: 'Coastal',
    heardVia: 'Online volunteer database',
    enquiry: 120,
  },
  {
    first: 'Lowri',
    last: 'Pretend',
    stage: 'initial_training',
    cluster: 'Fellside',
    heardVia: 'Word of mouth',
    enquiry: 110,
  },
  {
    first: 'Samuel',
    last: 'Imaginary',
    stage: 'dbs',
    cluster: 'Coastal',
    heardVia: 'Sports centre or club',
    enquiry: 90,
    interests: ['Rugby'],
  },
  {
    first: 'Chiara',
    last: 'Examplo',
    stage: 'references',
    cluster: 'Fellside',
    heardVia: 'Presentation to a community group',
    enquiry: 75,
  },
  {
    first: 'Declan',
    last: 'Mockley',
    stage: 'application',
    cluster: 'Coastal',
    heardVia: 'Council payslip',
    enquiry: 60,
  },
  {
    first: 'Fatima',
    last: 'Storybook',
    stage: 'application',
    cluster: 'Fellside',
    heardVia: 'Community or faith group',
    enquiry: 52,
    languages: ['English', 'Arabic'],
  },
  {
    first: 'Ewan',
    last: 'Nominal',
    stage: 'open_evening',
    cluster: 'Fellside',
    heardVia: 'Poster',
    enquiry: 40,
  },
  {
    first: 'Rosa',
    last: 'Figment',
    stage: 'info_pack_sent',
    cluster: 'Coastal',
    heardVia: 'Word of mouth',
    enquiry: 20,
  },
  {
    first: 'Idris',
    last: 'Untrue',
    stage: 'enquiry',
    cluster: 'Fellside',
    heardVia: 'Local paper or free publication',
    enquiry: 4,
  },
  {
    first: 'Hannah',
    last: 'Samplewood',
    stage: 'enquiry',
    cluster: 'Coastal',
    heardVia: 'Outreach',
    enquiry: 2,
  },
  {
    first: 'Callum',
    last: 'Pseudonym',
    stage: 'on_hold',
    cluster: 'Fellside',
    heardVia: 'Word of mouth',
    enquiry: 420,
    onHoldReason: 'Caring for a family member for a few months',
  },
  {
    first: 'Agnes',
    last: 'Fictional',
    stage: 'left',
    cluster: 'Coastal',
    heardVia: 'Volunteer bureau',
    enquiry: 800,
    leftReason: 'Moved out of the area for work',
  },
  {
    first: 'Rhys',
    last: 'Notional',
    stage: 'not_selected',
    cluster: 'Fellside',
    heardVia: 'Leaflet',
    enquiry: 210,
  },
];

const iso = (daysFromToday: number): string =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
const reached = (target: MentorStage, step: MentorStage): boolean => {
  const order = RECRUITMENT_STAGES.indexOf(step);
  const at = RECRUITMENT_STAGES.indexOf(target);
  return at === -1
    ? target !== 'not_selected' || order <= RECRUITMENT_STAGES.indexOf('decision')
    : at > order;
};

export async function buildDemoMentors(core: Core, leadMentorAccountId: string): Promise<void> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok)
      throw new Error(
        `Demo mentors: ${channel} failed with ${r.error.code}: ${r.error.message} ${(r.error.unmet ?? []).join(' ')}`,
      );
    return r.value;
  };
  const clusters = await call<{ id: string; name: string }[]>('establishments.clusters', {});
  const clusterId = (name: string) => clusters.find((c) => c.name === name)!.id;
  const places = await call<{
    items: { id: string; name: string; kind: string; clusterName: string | null }[];
  }>('establishments.list', { pageSize: 50 });
  // Clearance is given by prisons and young offender institutions only.
  const secure = places.items.filter((p) => p.kind === 'prison' || p.kind === 'yoi');
  const prisonIn = (cluster: string) => secure.find((p) => p.clusterName === cluster) ?? secure[0]!;
  const courses = await call<{ id: string; kind: string }[]>('training.courses', {});
  const initial = courses.find((c) => c.kind === 'initial')!.id;
  const ongoing = courses.find((c) => c.kind === 'ongoing')!.id;
  const questions = await call<{ id: string }[]>('screening.interviewQuestions', {});

  // Initial training runs twice a year as two six-hour days; one run is coming up.
  const session = async (courseId: string, daysFromToday: number, venue: string) =>
    (
      await call<{ session: { id: string } }>('training.saveSession', {
        courseId,
        heldOn: iso(daysFromToday),
        startTime: '10:00',
        hours: 6,
        venue,
        trainers: 'Harriet Sample and a guest from the probation service',
        capacity: 16,
        announcedOn: iso(daysFromToday - 56),
        notes: '',
      })
    ).session.id;
  const runs = [
    [
      await session(initial, -330, 'Kendal Road Probation Office'),
      await session(initial, -323, 'Kendal Road Probation Office'),
    ],
    [
      await session(initial, -150, 'Saltmarsh Community Hall'),
      await session(initial, -143, 'Saltmarsh Community Hall'),
    ],
    [
      await session(initial, -100, 'Kendal Road Probation Office'),
      await session(initial, -93, 'Kendal Road Probation Office'),
    ],
  ];
  const upcoming = await session(initial, 30, 'Saltmarsh Community Hall');
  const ongoingSession = await session(ongoing, -40, 'Kendal Road Probation Office');

  for (const [i, d] of M.entries()) {
    const mentor = await call<{ id: string }>('mentors.create', {
      firstName: d.first,
      lastName: d.last,
      email: `${d.first.toLowerCase()}.${d.last.toLowerCase()}@example.org`,
      phone: `07700 900${String(100 + i).padStart(3, '0')}`,
      town: d.cluster === 'Fellside' ? 'Fellgate' : 'Saltmarsh',
      postcode: d.cluster === 'Fellside' ? 'LA8 9ZZ' : 'LA14 9ZZ',
      dateOfBirth: iso(-(365 * (24 + ((i * 7) % 40)) + i * 11)),
      enquiryDate: iso(-d.enquiry),
      heardVia: d.heardVia,
      applicationDate: reached(d.stage, 'open_evening') ? iso(-d.enquiry + 21) : null,
      motivation: 'Wants to give something back and knows how hard it is to start again.',
      hopes: 'To help one person find their feet, and to learn about the justice system.',
      employmentStatus: i % 3 === 0 ? 'employed_full_time' : i % 3 === 1 ? 'retired' : 'employed_part_time',
      interests: d.interests ?? ['Walking'],
      languages: d.languages ?? ['English'],
      learningStyle: (['activist', 'reflector', 'theorist', 'pragmatist'] as const)[i % 4],
      availability: d.days ?? ['tue', 'thu'],
      travelArea: d.cluster === 'Fellside' ? 'Fellgate, Sedley and Kendal' : 'Saltmarsh and Barrowby',
    });
    const id = mentor.id;
    const day = (offset: number) => iso(-d.enquiry + offset);
    if (reached(d.stage, 'references'))
      for (const [n, relationship] of (['professional', 'educational'] as const).entries())
        await call('screening.saveReference', {
          mentorId: id,
          refereeName: n === 0 ? 'A. Manager (fictional)' : 'B. Tutor (fictional)',
          relationship,
          requestedOn: day(28),
          receivedOn: day(40),
          satisfactory: 'yes',
        });
    if (reached(d.stage, 'dbs')) {
      // A renewal that is nearly due is recorded after the steps below (the gate wants 30 days left).
      const due = d.dbsDueIn !== undefined && d.dbsDueIn >= 30 ? d.dbsDueIn : 900 - (i % 5) * 60;
      const issued = iso(due - 3 * 365);
      await call('screening.saveDbsCheck', {
        mentorId: id,
        certificateNumber: String(1000_0000_0000 + i * 7919),
        issueDate: issued,
        renewalDue: iso(due),
        updateService: i % 2 === 0,
        outcome: 'clear',
      });
    }
    if (reached(d.stage, 'initial_training')) {
      const run = runs[i % runs.length]!;
      for (const s of run) {
        await call('training.invite', { sessionId: s, mentorIds: [id] });
        await call('training.setAttendance', {
          sessionId: s,
          mentorId: id,
          status: 'attended',
          hoursAttended: 6,
        });
      }
      if (['matched', 'ready'].includes(d.stage)) {
        await call('training.invite', { sessionId: ongoingSession, mentorIds: [id] });
        await call('training.setAttendance', {
          sessionId: ongoingSession,
          mentorId: id,
          status: 'attended',
          hoursAttended: 6,
        });
      }
    } else if (d.stage === 'initial_training' || d.stage === 'dbs') {
      await call('training.invite', { sessionId: upcoming, mentorIds: [id] });
    }
    if (reached(d.stage, 'interview'))
      await call('screening.saveInterview', {
        mentorId: id,
        heldOn: day(120),
        panel: 'Harriet Sample and Imran Testwell',
        answers: questions.map((q) => ({ questionId: q.id, covered: true, notes: '' })),
        outcome: 'passed',
      });
    if (reached(d.stage, 'decision'))
      await call(
        'screening.saveDecision',
        d.stage === 'not_selected'
          ? {
              mentorId: id,
              outcome: 'not_selected',
              decidedOn: day(125),
              reasons: 'Found the boundaries of the role hard to accept during training and at interview.',
              feedbackGivenOn: day(130),
              signposting: 'Pointed to the volunteer bureau’s befriending projects.',
            }
          : { mentorId: id, outcome: 'approved', decidedOn: day(125) },
      );
    if (reached(d.stage, 'clearance') || d.stage === 'clearance') {
      const cleared = d.stage !== 'clearance';
      await call('screening.saveClearance', {
        mentorId: id,
        establishmentId: prisonIn(d.cluster).id,
        formsSubmittedOn: day(130),
        formsCheckedBy: 'Bronwen Fictitious',
        idSeenOn: day(130),
        securityAwarenessOn: day(140),
        status: cleared ? 'cleared' : 'forms_submitted',
        clearedOn: cleared ? day(150) : null,
        expiresOn: cleared ? day(150 + 730) : null,
      });
    }
    if (i % 5 !== 4)
      await call('screening.saveEquality', {
        mentorId: id,
        ageBand: (['25_34', '35_44', '45_54', '55_64', '65_plus'] as const)[i % 5],
        gender: i % 2 === 0 ? 'woman' : 'man',
        ethnicity: [
          'English, Welsh, Scottish, Northern Irish or British',
          'Caribbean',
          'Pakistani',
          'Irish',
          'White and Black African',
        ][i % 5],
        disability: i % 7 === 0 ? 'yes' : 'no',
      });

    // The steps, in order, each on its own day, up to where this person is now.
    const steps = RECRUITMENT_STAGES.filter((s) => s !== 'enquiry' && (reached(d.stage, s) || s === d.stage));
    const path: MentorStage[] = [...steps];
    if (['ready', 'matched', 'on_hold', 'left'].includes(d.stage)) path.push('ready');
    if (d.stage === 'matched' || d.stage === 'left') path.push('matched');
    if (['on_hold', 'left', 'not_selected'].includes(d.stage)) path.push(d.stage);
    for (const [n, stage] of [...new Set(path)].entries())
      await call('mentors.moveStage', {
        id,
        stage,
        on: day(Math.min(10 + n * 14, d.enquiry - 1)),
        ...(stage === 'on_hold' ? { onHoldReason: d.onHoldReason } : {}),
        ...(stage === 'left'
          ? {
              leftReason: d.leftReason,
              exitInterviewDate: iso(-20),
              exitInterviewNotes: 'Enjoyed it; would come back.',
            }
          : {}),
      });
    if (d.dbsDueIn !== undefined && d.dbsDueIn < 30) {
      // Time has passed since they became ready: the same certificate now nears its renewal.
      const { dbsChecks } = await call<{ dbsChecks: { id: string; certificateNumber: string }[] }>(
        'screening.forMentor',
        { mentorId: id },
      );
      const check = dbsChecks[0]!;
      await call('screening.saveDbsCheck', {
        id: check.id,
        mentorId: id,
        certificateNumber: check.certificateNumber,
        issueDate: iso(d.dbsDueIn - 3 * 365),
        renewalDue: iso(d.dbsDueIn),
        outcome: 'clear',
      });
    }
    if (d.lead)
      await call('mentors.setLeadMentor', {
        id,
        isLeadMentor: true,
        clusterId: clusterId(d.cluster),
        accountId: leadMentorAccountId,
      });
    else await call('mentors.setLeadMentor', { id, isLeadMentor: false, clusterId: clusterId(d.cluster) });
  }
}
