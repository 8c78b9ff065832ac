import type { Core } from '../../src/main/core';
import type { GroupSession } from '../../src/shared/contract/supervision';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { Result } from '../../src/shared/errors';
import type { DemoContext } from './demo-context';

/**
 * Demo supervision: a year of group sessions every six weeks (five past with attendance, the rest
 * published, one cancelled); the first ready-or-matched mentor missed the last two in a row (one
 * with apologies) so "invite to individual supervision" is on the queue; the second has never been
 * supervised (and came to every group session); most others were supervised in the last few weeks, two of them over six weeks ago.
 * Telephone support calls for three mentors. Every name and note is invented.
 */
const THEMES = [
  ['Boundaries', 'Lone working'],
  ['Release-day plans'],
  ['Writing the record of contact', 'Confidentiality'],
  ['Endings', 'Looking after yourself'],
  ['Housing on release', 'Benefits'],
];
const NOTES = [
  {
    contactsNote: 'Contact forms up to date; asked for a little more on how sessions ended.',
    concerns: '',
    trainingNeeds: 'Would like the refresher on motivational interviewing.',
    personalIssues: '',
    actions: 'Book onto the spring refresher. Bring the next contact form to group supervision.',
  },
  {
    contactsNote: 'Two forms late; agreed to send them within the week.',
    concerns: 'Mentee has talked about losing their hostel place on release; passed to the caseworker.',
    trainingNeeds: '',
    personalIssues: 'Busy time at work over the next month; fewer visits possible.',
    actions: 'Caseworker to confirm housing referral. Review visit frequency at next supervision.',
  },
  {
    contactsNote: 'Forms clear and on time.',
    concerns: '',
    trainingNeeds: '',
    personalIssues: '',
    actions: 'Carry on as planned.',
  },
];

export async function buildDemoSupervision(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok)
      throw new Error(`Demo supervision: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const today = ukToday(new Date());
  const first = addDays(today, -(5 * 42 - 3));
  await call('supervision.scheduleYear', {
    heldOn: first,
    startsAt: '18:30',
    venue: 'Kendal Road Probation Office, room 2',
    ledBy: 'Demo Co-ordinator',
  });
  const years = [...new Set([first.slice(0, 4), addDays(first, 365).slice(0, 4)])].map(Number);
  const sessions: GroupSession[] = [];
  for (const year of years)
    sessions.push(...(await call<{ sessions: GroupSession[] }>('supervision.calendar', { year })).sessions);
  const past = sessions.filter((s) => s.heldOn <= today);
  const future = sessions.filter((s) => s.heldOn > today);

  const { items: mentors } = await call<{ items: { id: string }[] }>('mentors.list', {
    stages: ['ready', 'matched'],
    pageSize: 200,
  });
  const [missing, never, ...rest] = mentors;
  for (const [i, s] of past.entries()) {
    const lastTwo = i >= past.length - 2;
    await call('supervision.setSessionStatus', { id: s.id, status: 'published' });
    await call('supervision.recordAttendance', {
      id: s.id,
      themes: THEMES[i % THEMES.length],
      marks: mentors.map((m, j) => ({
        mentorId: m.id,
        status:
          m.id === missing?.id && lastTwo
            ? i === past.length - 1
              ? 'apologies'
              : 'did_not_attend'
            : j >= 2 && (i + j) % 5 === 0
              ? 'apologies'
              : 'attended',
      })),
    });
  }
  for (const [i, s] of future.entries()) {
    if (i === future.length - 1) continue; // the last date stays planned
    await call('supervision.setSessionStatus', { id: s.id, status: i === 2 ? 'cancelled' : 'published' });
  }

  // Individual supervision: two mentors last seen over six weeks ago, the rest recently.
  for (const [i, m] of rest.entries()) {
    const ago = i < 2 ? 50 + i * 7 : 4 + (i % 4) * 6;
    const page = await call<{ matches: { id: string; stage: string }[] }>('supervision.mentor', {
      mentorId: m.id,
    });
    const notes = NOTES[i % NOTES.length]!;
    await call('supervision.record', {
      mentorId: m.id,
      heldOn: addDays(today, -ago),
      supervisorName: 'Demo Co-ordinator',
      kind: i % 3 === 1 ? 'telephone' : 'in_person',
      matchesDiscussed: page.matches.filter((x) => x.stage === 'active').map((x) => x.id),
      contactsReviewed: i % 3 !== 2,
      ...notes,
      nextOn: addDays(today, -ago + 42),
    });
  }

  const callers = [missing, never, rest[0]].filter((m): m is { id: string } => !!m);
  for (const [i, m] of callers.entries())
    await call('supervision.logCall', {
      mentorId: m.id,
      calledOn: addDays(today, -(3 + i * 5)),
      direction: i % 2 ? 'to_mentor' : 'from_mentor',
      staffName: 'Demo Co-ordinator',
      minutes: 10 + i * 10,
      topic: [
        'Could not make group supervision; asked what was covered.',
        'Nervous before the first visit to the prison; talked through what to expect.',
        'Mentee did not turn up to the last session; agreed what to do next time.',
      ][i],
      followUpNeeded: i === 0,
      followUpNote: i === 0 ? 'Offer an individual supervision this month.' : '',
    });
}
