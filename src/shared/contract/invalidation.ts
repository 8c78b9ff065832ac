/**
 * Reads that show people's details inside matches (names, release dates, stages, clearance): a write
 * to a mentor or a mentee makes them stale as well as the person's own area, so the screens that
 * show a match, the pool, the record of contact, the plans and the work queue fetch again.
 */
export const MATCH_VIEWS = ['matching', 'matches', 'mentoring', 'plans', 'workqueue'] as const;

/** What a write to a person (a mentor or a mentee) makes stale: their own area, search, the match views. */
export const personWrites = (area: 'mentors' | 'mentees'): string[] => [area, 'search', ...MATCH_VIEWS];
