import { describe, expect, it } from 'vitest';
import type { ClusterMentorRow } from '../../../../shared/contract/mentors';
import { hoursText, sortClusterRows } from './cluster-format';

const row = (id: string, extra: Partial<ClusterMentorRow>): ClusterMentorRow => ({
  id,
  displayName: id,
  stage: 'clearance',
  daysInStage: 0,
  isLeadMentor: false,
  clusterId: null,
  clusterName: null,
  email: '',
  phone: '',
  initialHours: 0,
  initialHoursMet: false,
  nextSessionOn: null,
  nextSessionCourse: null,
  step: 'cleared',
  nextStep: 'Cleared',
  clearances: [],
  ...extra,
});

// In the core's (name) order.
const rows = [
  row('Ash', { step: 'cleared', stage: 'ready', initialHours: 12 }),
  row('Bea', { step: 'forms_to_submit', stage: 'clearance', daysInStage: 3, initialHours: 6 }),
  row('Cal', { step: 'clearance_expired', stage: 'clearance', daysInStage: 40, initialHours: 0 }),
  row('Dee', { step: 'forms_to_submit', stage: 'dbs', initialHours: 6 }),
];
const ids = (r: ClusterMentorRow[]) => r.map((x) => x.id);

describe('the cluster table’s order', () => {
  it('puts the most urgent next step first, in name order within a step', () => {
    expect(ids(sortClusterRows(rows, 'step', 'asc'))).toEqual(['Cal', 'Bea', 'Dee', 'Ash']);
    expect(ids(sortClusterRows(rows, 'step', 'desc'))).toEqual(['Ash', 'Dee', 'Bea', 'Cal']);
  });

  it('sorts by name (the core’s order), by stage (longest waiting first) and by training hours', () => {
    expect(ids(sortClusterRows(rows, 'name', 'asc'))).toEqual(['Ash', 'Bea', 'Cal', 'Dee']);
    expect(ids(sortClusterRows(rows, 'stage', 'asc'))).toEqual(['Dee', 'Cal', 'Bea', 'Ash']);
    expect(ids(sortClusterRows(rows, 'training', 'asc'))).toEqual(['Cal', 'Bea', 'Dee', 'Ash']);
  });

  it('says hours plainly', () => {
    expect(hoursText(6, 12)).toBe('6 of 12 hours');
    expect(hoursText(7.25, 12)).toBe('7.25 of 12 hours');
  });
});
