import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../settings';
import {
  ageOn,
  rankMentors,
  readAgeRange,
  readGenderPreference,
  scoreMentor,
  weightsFrom,
  wholeMonthsBetween,
  type MenteeFacts,
  type MentorFacts,
} from './suggest';

const TODAY = '2026-11-23';
const weights = weightsFrom(DEFAULT_THRESHOLDS);
const mentee: MenteeFacts = {
  establishmentId: 'est-1',
  establishmentName: 'HMP Northmoor',
  offenceCategory: 'burglary',
  interests: ['Football', 'Music'],
  learningStyle: 'activist',
  homeArea: 'Leeds',
  languages: ['English', 'Polish'],
  preferences: { gender: 'A man', ageRange: '30-50', ethnicity: '', sharedInterests: 'cooking' },
};
const mentor = (over: Partial<MentorFacts> = {}): MentorFacts => ({
  id: 'm1',
  name: 'Ada Ashdown',
  stage: 'ready',
  gender: 'man',
  dateOfBirth: '1986-01-01',
  interests: ['football', 'music', 'cooking'],
  learningStyle: 'activist',
  travelArea: 'Leeds, Bradford and Wakefield',
  languages: ['English'],
  excludedOffences: [],
  maxMentees: 1,
  openMatches: 0,
  lastMatchedOn: null,
  clearance: { status: 'cleared', expiresOn: '2027-06-01' },
  ...over,
});
const row = (s: ReturnType<typeof scoreMentor>, c: string) => s.criteria.find((x) => x.criterion === c)!;
const gate = (s: ReturnType<typeof scoreMentor>, g: string) => s.gates.find((x) => x.gate === g)!;

describe('reading stated preferences', () => {
  it('reads genders, with female not mistaken for male', () => {
    expect(readGenderPreference('A female mentor')).toBe('woman');
    expect(readGenderPreference('male')).toBe('man');
    expect(readGenderPreference('Non-binary')).toBe('non_binary');
    expect(readGenderPreference('no preference')).toBeNull();
  });
  it('reads age ranges', () => {
    expect(readAgeRange('30-50')).toEqual({ min: 30, max: 50 });
    expect(readAgeRange('between 25 and 40')).toEqual({ min: 25, max: 40 });
    expect(readAgeRange('over 40')).toEqual({ min: 40, max: 200 });
    expect(readAgeRange('under 35')).toEqual({ min: 0, max: 35 });
    expect(readAgeRange('someone in their 30s')).toEqual({ min: 30, max: 39 });
    expect(readAgeRange('older')).toBeNull();
  });
  it('counts ages and months in whole units', () => {
    expect(ageOn('1986-11-24', TODAY)).toBe(39);
    expect(ageOn('1986-11-23', TODAY)).toBe(40);
    expect(wholeMonthsBetween('2026-05-24', TODAY)).toBe(5);
    expect(wholeMonthsBetween('2026-05-23', TODAY)).toBe(6);
  });
});

describe('scoring one mentor', () => {
  it('scores a perfect fit in full, every criterion a match', () => {
    const s = scoreMentor(mentee, mentor(), weights, TODAY);
    expect(s.eligible).toBe(true);
    expect(s.criteria.map((c) => c.outcome)).toEqual(Array(7).fill('match'));
    expect(s.score).toBe(s.maxScore);
    expect(s.maxScore).toBe(13 * 10);
    expect(row(s, 'interests').note).toContain('football');
  });
  it('shows each side’s value and partial results', () => {
    const s = scoreMentor(
      mentee,
      mentor({
        gender: 'woman',
        interests: ['football'],
        travelArea: 'North Leeds',
        learningStyle: 'theorist',
        languages: ['Welsh'],
        maxMentees: 2,
        openMatches: 1,
        lastMatchedOn: '2026-05-23',
      }),
      weights,
      TODAY,
    );
    expect(row(s, 'preferences')).toMatchObject({
      outcome: 'partial',
      points: 15,
      menteeValue: 'Gender: A man; Age: 30-50',
      mentorValue: 'Woman; Aged 40',
    });
    expect(row(s, 'interests')).toMatchObject({ outcome: 'partial', points: 10 });
    expect(row(s, 'learningStyle')).toMatchObject({ outcome: 'mismatch', points: 0 });
    expect(row(s, 'travel')).toMatchObject({ outcome: 'partial', points: 15 });
    expect(row(s, 'languages')).toMatchObject({ outcome: 'mismatch', points: 0 });
    expect(row(s, 'load')).toMatchObject({
      outcome: 'partial',
      points: 5,
      mentorValue: '1 of 2 places taken',
    });
    expect(row(s, 'timeSinceLastMatch')).toMatchObject({ outcome: 'partial', points: 5 });
  });
  it('never uses ethnicity: a stated ethnicity preference alone is unknown, with the reason', () => {
    const s = scoreMentor(
      { ...mentee, preferences: { gender: '', ageRange: '', ethnicity: 'Irish', sharedInterests: '' } },
      mentor(),
      weights,
      TODAY,
    );
    expect(row(s, 'preferences')).toMatchObject({ outcome: 'unknown', points: 0 });
    expect(row(s, 'preferences').note).toMatch(/never used/);
  });
  it('leaves a criterion unknown when either side is not recorded', () => {
    const s = scoreMentor(
      { ...mentee, learningStyle: null, homeArea: '', languages: [], preferences: null, interests: [] },
      mentor(),
      weights,
      TODAY,
    );
    for (const c of ['preferences', 'interests', 'learningStyle', 'travel', 'languages'])
      expect(row(s, c).outcome).toBe('unknown');
  });
});

describe('gates', () => {
  it('fails a mentor who is not ready, is full, is not cleared or has excluded the offence', () => {
    expect(
      gate(scoreMentor(mentee, mentor({ stage: 'on_hold' }), weights, TODAY), 'mentorReady').outcome,
    ).toBe('fail');
    expect(gate(scoreMentor(mentee, mentor({ openMatches: 1 }), weights, TODAY), 'capacity').outcome).toBe(
      'fail',
    );
    for (const clearance of [
      null,
      { status: 'refused', expiresOn: null },
      { status: 'cleared', expiresOn: '2026-11-22' },
    ])
      expect(gate(scoreMentor(mentee, mentor({ clearance }), weights, TODAY), 'clearance').outcome).toBe(
        'fail',
      );
    const excluded = scoreMentor(mentee, mentor({ excludedOffences: ['burglary'] }), weights, TODAY);
    expect(gate(excluded, 'exclusion')).toMatchObject({
      outcome: 'fail',
      detail: expect.stringContaining('Burglary'),
    });
    expect(excluded.eligible).toBe(false);
  });
  it('marks a clearance in progress as pending, still eligible', () => {
    const s = scoreMentor(
      mentee,
      mentor({ clearance: { status: 'forms_submitted', expiresOn: null } }),
      weights,
      TODAY,
    );
    expect(gate(s, 'clearance').outcome).toBe('pending');
    expect(s.eligible).toBe(true);
  });
  it('needs no clearance for a mentee with no current establishment', () => {
    const s = scoreMentor({ ...mentee, establishmentId: null }, mentor({ clearance: null }), weights, TODAY);
    expect(gate(s, 'clearance').outcome).toBe('pass');
  });
});

describe('ranking', () => {
  it('ranks by score then name, and lists the rest by fewest failed gates', () => {
    const { ranked, notSuggested } = rankMentors(
      mentee,
      [
        mentor({ id: 'b', name: 'Bea Low', learningStyle: 'theorist' }),
        mentor({ id: 'z', name: 'Zed Top' }),
        mentor({ id: 'a', name: 'Abe Top' }),
        mentor({ id: 'x', name: 'Xan Out', stage: 'on_hold', clearance: null }),
        mentor({ id: 'y', name: 'Yas Out', clearance: null }),
      ],
      weights,
      TODAY,
    );
    expect(ranked.map((r) => r.mentorId)).toEqual(['a', 'z', 'b']);
    expect(notSuggested.map((r) => r.mentorId)).toEqual(['y', 'x']);
  });
  it('follows the weights: a zero weight earns nothing', () => {
    const s = scoreMentor(mentee, mentor(), { ...weights, travel: 0 }, TODAY);
    expect(row(s, 'travel')).toMatchObject({ outcome: 'match', points: 0, maxPoints: 0 });
  });
});
