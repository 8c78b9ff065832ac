import { col, defineTable } from '../db/table';
import { CASEWORK, MATCH_RETENTION } from '../matches/match.tables';

export const meetingPlaceTable = defineTable('meeting_place', {
  purpose: 'The programme’s list of safe, public places for mentors and mentees to meet.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: 'Kept while the programme uses it; archived entries stay on the records that name them.',
  columns: {
    id: col.id('reference'),
    name: col.text('reference', { unique: true }),
    sortOrder: col.integer('reference'),
    archived: col.boolean('reference'),
  },
});

export const contactRecordTable = defineTable('contact_record', {
  purpose:
    'The record of contact for each mentoring session: date, length, kind, place, brief notes, actions, feedback, no-shows and concerns.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact'),
    onDate: col.text('contact'),
    minutes: col.integer('contact', { nullable: true }),
    kind: col.text('contact'),
    place: col.text('contact'),
    /** Derived from the mentee's release date when saved. */
    phase: col.text('contact'),
    noShow: col.boolean('contact'),
    notes: col.text('contact'),
    actionsAgreed: col.text('contact'),
    menteeFeedback: col.text('contact'),
    concern: col.boolean('contact'),
    concernNote: col.text('contact'),
    /** Release-day gate meetings: whether a lead mentor went too (null for other kinds). */
    leadMentorAttended: col.boolean('contact', { nullable: true }),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const mentorCheckinTable = defineTable('mentor_checkin', {
  purpose: 'Staff check-ins with a mentor after meetings: when, how, and how it went.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact'),
    onDate: col.text('contact'),
    method: col.text('contact'),
    feeling: col.text('contact'),
    howItWent: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const concernFollowUpTable = defineTable('concern_follow_up', {
  purpose:
    'A concern that needs a caseworker’s follow-up, raised from a record of contact, a check-in or an incident, until it is done.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact'),
    /** 'contact_record' | 'checkin' | 'incident'. */
    source: col.text('contact'),
    sourceId: col.text('contact'),
    raisedOn: col.text('contact'),
    dueOn: col.text('contact'),
    note: col.text('contact'),
    doneOn: col.text('contact', { nullable: true }),
    doneBy: col.text('system', { nullable: true }),
    outcome: col.text('contact'),
    createdAt: col.text('system'),
  },
});
