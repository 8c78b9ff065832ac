import { col, defineTable } from '../db/table';
import { CASEWORK, CRIMINAL, MATCH_RETENTION } from '../matches/match.tables';

/** Goals sit on the resettlement pathways (health, drugs and alcohol…), so their words are special-category. */
export const actionGoalTable = defineTable('action_goal', {
  purpose: 'SMART action-plan goals on the seven resettlement pathways, before and after release.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact'),
    pathway: col.text('contact'),
    phase: col.text('contact'),
    specific: col.text('special'),
    measure: col.text('special'),
    achievable: col.text('special'),
    targetDate: col.text('contact'),
    status: col.text('contact'),
    outcomeType: col.text('contact'),
    evidence: col.text('special'),
    sortOrder: col.integer('contact'),
    createdBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const goalUpdateTable = defineTable('goal_update', {
  purpose: 'Progress updates on an action-plan goal.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    goalId: col.text('contact'),
    onDate: col.text('contact'),
    status: col.text('contact'),
    note: col.text('special'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const matchReviewTable = defineTable('match_review', {
  purpose:
    'Three-monthly reviews of a match: progress per pathway and goal, what each gained, changes to the plan or length, next review date.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact'),
    heldOn: col.text('contact'),
    /** JSON: { pathway: PROGRESS_RATINGS }. */
    pathwayRatings: col.text('special'),
    /** JSON: { goalId: PROGRESS_RATINGS }. */
    goalRatings: col.text('special'),
    achievements: col.text('special'),
    menteeGained: col.text('contact'),
    mentorGained: col.text('contact'),
    planChanges: col.text('special'),
    lengthChange: col.text('contact'),
    nextReviewDue: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});
