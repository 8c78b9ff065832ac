import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import type { FeedbackFields, LinkOption } from '../../src/shared/contract/feedback';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { DemoContext } from './demo-context';

/**
 * Demo feedback across the past year from mentees, mentors, carers and partners (some anonymous,
 * some linked to demo people), five "you said, we did" actions (one due this week, one done and
 * published) and four service-user involvement records: the mentee whose match ended well became a
 * mentor (a mentor record is added for him through the channels) and sat on an interview panel.
 * Everything goes through the channels, as the screens would. Every person is invented.
 */
export async function buildDemoFeedback(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`Demo feedback: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const existing = await call<{ total: number }>('feedback.list', { pageSize: 1 });
  if (existing.total > 0) return;
  const today = ukToday(new Date());
  const day = (offset: number) => addDays(today, offset);

  const mentees = await call<LinkOption[]>('feedback.linkOptions', { kind: 'mentee' });
  const mentors = await call<LinkOption[]>('feedback.linkOptions', { kind: 'mentor' });
  const partners = await call<LinkOption[]>('feedback.linkOptions', { kind: 'partner' });
  const pick = (list: LinkOption[], i: number) => (list.length ? list[i % list.length]!.id : null);

  type Piece = Omit<FeedbackFields, 'receivedOn'> & { ago: number };
  const PIECES: Piece[] = [
    {
      ago: 3,
      fromKind: 'mentee',
      method: 'review_meeting',
      rating: 5,
      wentWell: 'My mentor never gave up on me.',
      themes: ['contact', 'support'],
    },
    {
      ago: 9,
      fromKind: 'mentor',
      method: 'questionnaire',
      rating: 3,
      couldBeBetter: 'Travel claims took over a month to be paid.',
      themes: ['expenses'],
    },
    {
      ago: 12,
      fromKind: 'carer',
      method: 'phone',
      rating: 4,
      wentWell: 'He talks about his mentor at home.',
      themes: ['contact'],
    },
    {
      ago: 16,
      fromKind: 'partner',
      method: 'review_meeting',
      rating: 4,
      wentWell: 'Referrals are acknowledged quickly.',
      couldBeBetter: 'We would like a named contact for each match.',
      themes: ['communication'],
    },
    {
      ago: 21,
      fromKind: 'mentee',
      method: 'comment_card',
      anonymous: true,
      rating: 2,
      couldBeBetter: 'Waited too long to be matched.',
      themes: ['matching'],
    },
    {
      ago: 30,
      fromKind: 'mentor',
      method: 'focus_group',
      rating: 4,
      wentWell: 'The refresher training on boundaries was useful.',
      couldBeBetter: 'Evening sessions for people who work.',
      themes: ['training'],
    },
    {
      ago: 38,
      fromKind: 'mentee',
      method: 'exit_interview',
      rating: 5,
      wentWell: 'Helped me find a flat and stick at college.',
      themes: ['endings', 'support'],
    },
    {
      ago: 45,
      fromKind: 'mentor',
      method: 'questionnaire',
      rating: 2,
      couldBeBetter: 'Mileage forms are confusing.',
      themes: ['expenses', 'communication'],
    },
    {
      ago: 52,
      fromKind: 'carer',
      method: 'comment_card',
      anonymous: true,
      rating: 3,
      comments: 'Hard to get through on the phone.',
      themes: ['communication'],
    },
    {
      ago: 60,
      fromKind: 'partner',
      method: 'online',
      rating: 5,
      wentWell: 'Mentors turn up prepared to gate meetings.',
      themes: ['contact'],
    },
    {
      ago: 75,
      fromKind: 'mentee',
      method: 'questionnaire',
      rating: 4,
      wentWell: 'Someone to talk to who is not staff.',
      themes: ['support'],
    },
    {
      ago: 88,
      fromKind: 'mentor',
      method: 'phone',
      rating: 3,
      couldBeBetter: 'Supervision dates clash with work.',
      themes: ['support'],
    },
    {
      ago: 96,
      fromKind: 'mentee',
      method: 'focus_group',
      anonymous: true,
      rating: 3,
      couldBeBetter: 'More say in who my mentor is.',
      themes: ['matching'],
    },
    {
      ago: 110,
      fromKind: 'carer',
      method: 'review_meeting',
      rating: 5,
      wentWell: 'Kept us informed before release.',
      themes: ['communication'],
    },
    {
      ago: 124,
      fromKind: 'partner',
      method: 'questionnaire',
      rating: 3,
      couldBeBetter: 'Monthly updates would help our planning.',
      themes: ['communication'],
    },
    {
      ago: 140,
      fromKind: 'mentor',
      method: 'questionnaire',
      rating: 4,
      wentWell: 'The handbook answers most questions.',
      themes: ['training'],
    },
    {
      ago: 158,
      fromKind: 'mentee',
      method: 'exit_interview',
      rating: 4,
      wentWell: 'The ending was planned, not sudden.',
      themes: ['endings'],
    },
    {
      ago: 175,
      fromKind: 'mentor',
      method: 'comment_card',
      anonymous: true,
      rating: 2,
      couldBeBetter: 'Claims paid late again.',
      themes: ['expenses'],
    },
    {
      ago: 190,
      fromKind: 'carer',
      method: 'phone',
      rating: 4,
      wentWell: 'Her mentor helped with the school meeting.',
      themes: ['support'],
    },
    {
      ago: 210,
      fromKind: 'partner',
      method: 'review_meeting',
      rating: 4,
      wentWell: 'Good joint working on a difficult case.',
      themes: ['communication', 'support'],
    },
    {
      ago: 240,
      fromKind: 'mentee',
      method: 'questionnaire',
      rating: 5,
      wentWell: 'I got the job my mentor helped me apply for.',
      themes: ['support'],
    },
    {
      ago: 265,
      fromKind: 'mentor',
      method: 'focus_group',
      rating: 3,
      couldBeBetter: 'Initial training was a lot in one weekend.',
      themes: ['training'],
    },
    {
      ago: 290,
      fromKind: 'mentee',
      method: 'comment_card',
      anonymous: true,
      rating: 4,
      comments: 'Thank you.',
      themes: ['other'],
    },
    {
      ago: 320,
      fromKind: 'staff',
      method: 'other',
      comments: 'Prison staff asked for a leaflet about the scheme.',
      themes: ['communication'],
    },
    {
      ago: 350,
      fromKind: 'other',
      method: 'online',
      rating: 4,
      wentWell: 'A local employer liked meeting mentors.',
      themes: ['other'],
    },
  ];
  const ids: string[] = [];
  for (const [i, p] of PIECES.entries()) {
    const { ago, ...fields } = p;
    const links = p.anonymous
      ? {}
      : p.fromKind === 'mentee' || p.fromKind === 'carer'
        ? { menteeId: pick(mentees, i) }
        : p.fromKind === 'mentor'
          ? { mentorId: pick(mentors, i) }
          : p.fromKind === 'partner'
            ? { partnerId: pick(partners, i) }
            : {};
    const made = await call<{ id: string }>('feedback.record', {
      ...fields,
      ...links,
      receivedOn: day(-ago),
    });
    ids.push(made.id);
  }
  const about = (...n: number[]) => n.map((i) => ids[i]!);

  const ACTIONS = [
    {
      youSaid: 'Mentors’ travel claims take too long to be paid.',
      weDid: 'Claims approved within a week and paid every Friday.',
      owner: 'Harriet Sample',
      targetOn: day(-40),
      status: 'done',
      doneOn: day(-35),
      published: true,
      feedbackIds: about(1, 7, 17),
    },
    {
      youSaid: 'The mileage form is confusing.',
      weDid: 'A one-page mileage form with a worked example.',
      owner: 'Harriet Sample',
      targetOn: day(4),
      status: 'in_progress',
      feedbackIds: about(7),
    },
    {
      youSaid: 'Mentees wait too long to be matched and want more say.',
      weDid: 'Mentees meet two possible mentors before choosing.',
      owner: 'Matching panel',
      targetOn: day(45),
      status: 'planned',
      feedbackIds: about(4, 12),
    },
    {
      youSaid: 'Partners would like monthly updates.',
      weDid: 'A monthly summary to each partner’s link worker.',
      owner: 'Co-ordinator',
      targetOn: day(-5),
      status: 'in_progress',
      feedbackIds: about(3, 14),
    },
    {
      youSaid: 'Initial training is a lot for one weekend.',
      weDid: 'Initial training now runs over three evenings and a Saturday.',
      owner: 'Training lead',
      targetOn: day(-90),
      status: 'done',
      doneOn: day(-80),
      published: true,
      feedbackIds: about(21, 5),
    },
  ];
  for (const a of ACTIONS) await call('feedback.saveAction', a);

  // The mentee whose match ended well (Vikram Ashenden in the demo matches) became a mentor.
  const [vikram] = await call<LinkOption[]>('feedback.linkOptions', { kind: 'mentee', search: 'Ashenden' });
  const former = vikram?.id ?? pick(mentees, 0);
  if (!former) return;
  const mentor = await call<{ id: string }>('mentors.create', {
    firstName: 'Vikram',
    lastName: 'Ashenden',
    email: 'vikram.ashenden@example.org',
    phone: '07700 900999',
    town: 'Saltmarsh',
    postcode: 'LA14 9ZZ',
    dateOfBirth: '1994-05-17',
    enquiryDate: day(-120),
    heardVia: 'Word of mouth',
    applicationDate: day(-100),
    motivation: 'Was mentored himself and wants to do the same for someone else.',
    hopes: 'To show it can be done.',
    employmentStatus: 'employed_full_time',
    interests: ['Football'],
    languages: ['English'],
    learningStyle: 'pragmatist',
    availability: ['sat'],
    travelArea: 'Saltmarsh and Barrowby',
  });
  const INVOLVEMENT = [
    {
      menteeId: former,
      kind: 'became_mentor',
      mentorId: mentor.id,
      fromOn: day(-100),
      notes: 'Applied after his own match ended.',
    },
    {
      menteeId: former,
      kind: 'recruitment_panel',
      role: 'Interview panel member',
      fromOn: day(-60),
      toOn: day(-60),
    },
    {
      menteeId: former,
      kind: 'speaking',
      role: 'Spoke at the volunteers’ celebration evening',
      fromOn: day(-30),
      toOn: day(-30),
    },
    {
      menteeId: pick(mentees, 1) ?? former,
      kind: 'steering_group',
      role: 'Service-user representative',
      fromOn: day(-200),
    },
  ];
  for (const v of INVOLVEMENT) await call('feedback.saveInvolvement', v);
}
