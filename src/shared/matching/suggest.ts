import {
  CRITERION_WEIGHT_KEY,
  MATCH_CRITERIA,
  MATCH_GATES,
  type CriterionOutcome,
  type MatchCriterion,
  type MatchGate,
} from './criteria';
import { OFFENCE_CATEGORY_LABELS } from '../mentees/referral';
import { MENTOR_STAGE_LABELS } from '../mentors/pipeline';
import { CLEARANCE_STATUS_LABELS, type ClearanceStatus } from '../mentors/screening';
import { LEARNING_STYLE_LABELS } from '../mentors/pipeline';
import { GENDER_LABELS } from '../mentors/equality';
import type { Thresholds } from '../settings';

/**
 * Suggesting mentors for a ready mentee: pure, so it is tested on its own and runs the same in the
 * core (which ranks) and anywhere else. Hard gates first (a failed gate rules a mentor out; a
 * pending clearance is allowed but marked), then each criterion scored side by side, so a
 * co-ordinator sees why one mentor comes above another.
 *
 * Points: each criterion is worth `weight × 10` at most (weights are programme settings, 0–10).
 * "match" earns it all, "partial" a share (explained per rule below), "mismatch" and "unknown"
 * earn nothing. A criterion nobody can score (say the mentee stated no preference) gives every
 * mentor the same nothing, so it never changes the order.
 */

export interface MenteeFacts {
  establishmentId: string | null;
  establishmentName: string | null;
  offenceCategory: string | null;
  interests: readonly string[];
  learningStyle: string | null;
  homeArea: string;
  languages: readonly string[];
  /** The mentee's stated preferences about a mentor (free text as recorded), if any. */
  preferences: { gender: string; ageRange: string; ethnicity: string; sharedInterests: string } | null;
}

export interface MentorFacts {
  id: string;
  name: string;
  stage: string;
  gender: string;
  dateOfBirth: string | null;
  interests: readonly string[];
  learningStyle: string | null;
  travelArea: string;
  languages: readonly string[];
  excludedOffences: readonly string[];
  maxMentees: number;
  /** Matches holding a place now (proposed to active). */
  openMatches: number;
  /** Start of their most recent match that was not declined; null if never matched. */
  lastMatchedOn: string | null;
  /** Their clearance at the mentee's current establishment, if any is recorded. */
  clearance: { status: string; expiresOn: string | null } | null;
}

/** A mentor's gender as recorded for matching (kept apart from equality monitoring). */
export const MENTOR_GENDERS = ['woman', 'man', 'non_binary', 'self_described'] as const;

export type Weights = Record<MatchCriterion, number>;
export type GateOutcome = 'pass' | 'pending' | 'fail';

export interface GateResult {
  gate: MatchGate;
  outcome: GateOutcome;
  detail: string;
}
export interface CriterionResult {
  criterion: MatchCriterion;
  menteeValue: string;
  mentorValue: string;
  outcome: CriterionOutcome;
  points: number;
  maxPoints: number;
  /** Why an outcome is what it is, when the values alone do not say (e.g. ethnicity is never used). */
  note: string;
}
export interface Scored {
  mentorId: string;
  name: string;
  eligible: boolean;
  gates: GateResult[];
  criteria: CriterionResult[];
  score: number;
  maxScore: number;
}

export const weightsFrom = (t: Thresholds): Weights =>
  Object.fromEntries(MATCH_CRITERIA.map((c) => [c, t[CRITERION_WEIGHT_KEY[c]]])) as Weights;

const POINTS_PER_WEIGHT = 10;
const NOT_RECORDED = 'Not recorded';
const NO_PREFERENCE = 'No preference stated';

/* ---------- words ---------- */

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const list = (xs: readonly string[]) => xs.join(', ');
/** Free text split into items ("football, music and cooking" → three). */
const ITEM_BREAKS = /,|;|\/|\band\b|&/i;
const items = (s: string) => s.split(ITEM_BREAKS).map(norm).filter(Boolean);
// Words too common in place names to count as the same place on their own.
const PLACE_NOISE = new Set(['and', 'the', 'of', 'on', 'upon', 'area', 'city', 'town', 'centre', 'county']);
const placeWords = (s: string) =>
  norm(s)
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length > 2 && !PLACE_NOISE.has(w));

/* ---------- stated preferences ---------- */

/** A stated gender preference as one of the mentor record's genders, or null if it cannot be read. */
export function readGenderPreference(text: string): 'woman' | 'man' | 'non_binary' | null {
  const t = norm(text);
  if (/\bnon[- ]?binary\b/.test(t)) return 'non_binary';
  // "female" before "male": the one word contains the other.
  if (/\b(woman|women|female|lady|ladies)\b/.test(t)) return 'woman';
  if (/\b(man|men|male|gentleman)\b/.test(t)) return 'man';
  return null;
}

/** A stated age range in years ("30-50", "30 to 50", "over 40", "under 35", "40+", "in their 30s"). */
export function readAgeRange(text: string): { min: number; max: number } | null {
  const t = norm(text);
  let m = /(\d{2})\s*(?:-|–|to|and)\s*(\d{2})/.exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  m = /(?:over|older than|above|at least)\s*(\d{2})|(\d{2})\s*(?:\+|or (?:over|older))/.exec(t);
  if (m) return { min: Number(m[1] ?? m[2]), max: 200 };
  m = /(?:under|younger than|below|no older than)\s*(\d{2})/.exec(t);
  if (m) return { min: 0, max: Number(m[1]) };
  m = /(\d)0s\b/.exec(t);
  if (m) return { min: Number(m[1]) * 10, max: Number(m[1]) * 10 + 9 };
  return null;
}

/** Whole years between a date of birth and today. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Whole months from one date to a later one (0 if the later is not a month on). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/**
 * The mentee's side of every comparison, worked out once per mentee rather than once per mentor
 * (reading the preferences and splitting the interests and home area are the costly parts).
 */
interface MenteeSide {
  wantedGender: ReturnType<typeof readGenderPreference>;
  ageRange: ReturnType<typeof readAgeRange>;
  interestKeys: string[];
  interestsShown: string;
  home: string;
  homeWords: string[];
  languages: { key: string; shown: string }[];
}
const SIDES = new WeakMap<MenteeFacts, MenteeSide>();
function sideOf(mentee: MenteeFacts): MenteeSide {
  const known = SIDES.get(mentee);
  if (known) return known;
  // Interests compared without case; shown as typed (the first spelling of each).
  const typed = [
    ...mentee.interests.map((i) => i.trim()),
    ...(mentee.preferences?.sharedInterests ?? '').split(ITEM_BREAKS).map((i) => i.trim()),
  ].filter(Boolean);
  const shown = new Map<string, string>();
  for (const i of typed) if (!shown.has(norm(i))) shown.set(norm(i), i);
  const side: MenteeSide = {
    wantedGender: readGenderPreference(mentee.preferences?.gender ?? ''),
    ageRange: readAgeRange(mentee.preferences?.ageRange ?? ''),
    interestKeys: [...shown.keys()],
    interestsShown: list([...shown.values()]),
    home: norm(mentee.homeArea),
    homeWords: placeWords(mentee.homeArea),
    languages: mentee.languages.map((l) => ({ key: norm(l), shown: l })),
  };
  SIDES.set(mentee, side);
  return side;
}

const genderLabel = (g: string) => GENDER_LABELS[g as keyof typeof GENDER_LABELS] ?? g;

/**
 * Preferences: the stated gender and age range, each one part. A part met earns its share; an age
 * within five years of the range earns half its share. Ethnicity is never compared: the mentor's
 * is equality-monitoring data kept apart from matching. A stated ethnicity preference is shown, and
 * if it is the only preference the outcome is "unknown" with that reason.
 */
function preferences(mentee: MenteeFacts, mentor: MentorFacts, today: string, max: number): CriterionResult {
  const p = mentee.preferences;
  const said: string[] = [];
  const mentorSaid: string[] = [];
  const notes: string[] = [];
  let parts = 0;
  let met = 0;
  if (p && p.gender) {
    said.push(`Gender: ${p.gender}`);
    const wanted = sideOf(mentee).wantedGender;
    mentorSaid.push(mentor.gender ? genderLabel(mentor.gender) : 'Gender not recorded');
    if (!wanted) notes.push('The gender preference could not be read as a gender.');
    else if (!mentor.gender) notes.push('The mentor’s gender is not recorded.');
    else {
      parts += 1;
      if (mentor.gender === wanted) met += 1;
    }
  }
  if (p && p.ageRange) {
    said.push(`Age: ${p.ageRange}`);
    const range = sideOf(mentee).ageRange;
    const age = mentor.dateOfBirth ? ageOn(mentor.dateOfBirth, today) : null;
    mentorSaid.push(age === null ? 'Age not recorded' : `Aged ${age}`);
    if (!range) notes.push('The age preference could not be read as a range of years.');
    else if (age === null) notes.push('The mentor’s date of birth is not recorded.');
    else {
      parts += 1;
      if (age >= range.min && age <= range.max) met += 1;
      else if (age >= range.min - 5 && age <= range.max + 5) met += 0.5;
    }
  }
  if (p && p.ethnicity) {
    said.push(`Ethnicity: ${p.ethnicity}`);
    notes.push(
      'Ethnicity is never used in matching (mentors’ ethnicity is kept for equality monitoring only).',
    );
  }
  const menteeValue = said.length ? said.join('; ') : NO_PREFERENCE;
  const mentorValue = mentorSaid.length ? mentorSaid.join('; ') : '—';
  const base = {
    criterion: 'preferences' as const,
    menteeValue,
    mentorValue,
    maxPoints: max,
    note: notes.join(' '),
  };
  if (parts === 0) return { ...base, outcome: 'unknown', points: 0 };
  const share = met / parts;
  return {
    ...base,
    outcome: share === 1 ? 'match' : share === 0 ? 'mismatch' : 'partial',
    points: Math.round(max * share),
  };
}

/**
 * Interests: the mentee's interests and any stated shared-interest preference, against the
 * mentor's interests. Two or more in common (or all of the mentee's one) is a match; one of
 * several is partial (half the points).
 */
function interests(mentee: MenteeFacts, mentor: MentorFacts, max: number): CriterionResult {
  const side = sideOf(mentee);
  const theirs = side.interestKeys;
  const mine = new Set(mentor.interests.map(norm));
  const base = {
    criterion: 'interests' as const,
    menteeValue: theirs.length ? side.interestsShown : NOT_RECORDED,
    mentorValue: mine.size ? list(mentor.interests) : NOT_RECORDED,
    maxPoints: max,
  };
  if (!theirs.length || !mine.size) return { ...base, outcome: 'unknown', points: 0, note: '' };
  const shared = theirs.filter((i) => mine.has(i));
  const note = shared.length ? `In common: ${list(shared)}.` : '';
  if (shared.length >= 2 || (shared.length === 1 && theirs.length === 1))
    return { ...base, outcome: 'match', points: max, note };
  if (shared.length === 1) return { ...base, outcome: 'partial', points: Math.round(max / 2), note };
  return { ...base, outcome: 'mismatch', points: 0, note };
}

/** Learning style: the same style is a match; different styles a mismatch. */
function learningStyle(mentee: MenteeFacts, mentor: MentorFacts, max: number): CriterionResult {
  const label = (s: string | null) =>
    s ? (LEARNING_STYLE_LABELS[s as keyof typeof LEARNING_STYLE_LABELS] ?? s) : NOT_RECORDED;
  const base = {
    criterion: 'learningStyle' as const,
    menteeValue: label(mentee.learningStyle),
    mentorValue: label(mentor.learningStyle),
    maxPoints: max,
    note: '',
  };
  if (!mentee.learningStyle || !mentor.learningStyle) return { ...base, outcome: 'unknown', points: 0 };
  return mentee.learningStyle === mentor.learningStyle
    ? { ...base, outcome: 'match', points: max }
    : { ...base, outcome: 'mismatch', points: 0 };
}

/**
 * Travel: where the mentor can travel against the mentee's home area on release. The same place
 * (the whole home area is one of the places the mentor names) is a match; a shared word
 * ("North Leeds" and "Leeds") is partial, half the points.
 */
function travel(mentee: MenteeFacts, mentor: MentorFacts, max: number): CriterionResult {
  const base = {
    criterion: 'travel' as const,
    menteeValue: mentee.homeArea.trim() || NOT_RECORDED,
    mentorValue: mentor.travelArea.trim() || NOT_RECORDED,
    maxPoints: max,
    note: '',
  };
  if (!mentee.homeArea.trim() || !mentor.travelArea.trim()) return { ...base, outcome: 'unknown', points: 0 };
  const { home, homeWords } = sideOf(mentee);
  if (items(mentor.travelArea).includes(home) || norm(mentor.travelArea) === home)
    return { ...base, outcome: 'match', points: max };
  const words = new Set(placeWords(mentor.travelArea));
  if (homeWords.some((w) => words.has(w)))
    return { ...base, outcome: 'partial', points: Math.round(max / 2) };
  return { ...base, outcome: 'mismatch', points: 0 };
}

/** Languages: any language in common is a match. */
function languages(mentee: MenteeFacts, mentor: MentorFacts, max: number): CriterionResult {
  const base = {
    criterion: 'languages' as const,
    menteeValue: mentee.languages.length ? list(mentee.languages) : NOT_RECORDED,
    mentorValue: mentor.languages.length ? list(mentor.languages) : NOT_RECORDED,
    maxPoints: max,
  };
  if (!mentee.languages.length || !mentor.languages.length)
    return { ...base, outcome: 'unknown', points: 0, note: '' };
  const mine = new Set(mentor.languages.map(norm));
  const shared = sideOf(mentee)
    .languages.filter((l) => mine.has(l.key))
    .map((l) => l.shown);
  return shared.length
    ? { ...base, outcome: 'match', points: max, note: `In common: ${list(shared)}.` }
    : { ...base, outcome: 'mismatch', points: 0, note: '' };
}

/** Load: a mentor with no open match earns it all; otherwise the share of places still free. */
function load(mentor: MentorFacts, max: number): CriterionResult {
  const cap = Math.max(1, mentor.maxMentees);
  const free = Math.max(0, cap - mentor.openMatches);
  const base = {
    criterion: 'load' as const,
    menteeValue: '—',
    mentorValue: `${mentor.openMatches} of ${cap} ${cap === 1 ? 'place' : 'places'} taken`,
    maxPoints: max,
    note: '',
  };
  if (mentor.openMatches === 0) return { ...base, outcome: 'match', points: max };
  if (free === 0) return { ...base, outcome: 'mismatch', points: 0 };
  return { ...base, outcome: 'partial', points: Math.round((max * free) / cap) };
}

/**
 * Time since the last match: never matched, or a year or more since their last match began, earns
 * it all; less than that earns a share by whole months (a match begun this month earns nothing).
 */
function timeSinceLastMatch(mentor: MentorFacts, today: string, max: number): CriterionResult {
  const base = { criterion: 'timeSinceLastMatch' as const, menteeValue: '—', maxPoints: max, note: '' };
  if (!mentor.lastMatchedOn) return { ...base, mentorValue: 'Never matched', outcome: 'match', points: max };
  const months = wholeMonthsBetween(mentor.lastMatchedOn, today);
  const mentorValue =
    months === 0 ? 'Matched this month' : `${months} ${months === 1 ? 'month' : 'months'} ago`;
  if (months >= 12) return { ...base, mentorValue, outcome: 'match', points: max };
  if (months === 0) return { ...base, mentorValue, outcome: 'mismatch', points: 0 };
  return { ...base, mentorValue, outcome: 'partial', points: Math.round((max * months) / 12) };
}

/* ---------- gates ---------- */

const READY_STAGES = new Set(['ready', 'matched']);

function gates(mentee: MenteeFacts, mentor: MentorFacts, today: string): GateResult[] {
  const stageLabel = MENTOR_STAGE_LABELS[mentor.stage as keyof typeof MENTOR_STAGE_LABELS] ?? mentor.stage;
  const cap = Math.max(1, mentor.maxMentees);
  const out: Record<MatchGate, GateResult> = {
    mentorReady: {
      gate: 'mentorReady',
      outcome: READY_STAGES.has(mentor.stage) ? 'pass' : 'fail',
      detail: `Stage: ${stageLabel}`,
    },
    capacity: {
      gate: 'capacity',
      outcome: mentor.openMatches < cap ? 'pass' : 'fail',
      detail: `${mentor.openMatches} of ${cap} ${cap === 1 ? 'place' : 'places'} taken`,
    },
    clearance: clearanceGate(mentee, mentor, today),
    exclusion: exclusionGate(mentee, mentor),
  };
  return MATCH_GATES.map((g) => out[g]);
}

/**
 * Cleared and not expired passes; forms submitted or not started is "pending" (suggested, marked);
 * refused, withdrawn, expired, a cleared date now past, or nothing recorded fails. A mentee with no
 * current establishment (in the community) needs no prison clearance.
 */
function clearanceGate(mentee: MenteeFacts, mentor: MentorFacts, today: string): GateResult {
  const at = mentee.establishmentName ?? 'the establishment';
  if (!mentee.establishmentId)
    return { gate: 'clearance', outcome: 'pass', detail: 'The mentee has no current establishment' };
  const c = mentor.clearance;
  if (!c) return { gate: 'clearance', outcome: 'fail', detail: `No clearance recorded at ${at}` };
  const label = CLEARANCE_STATUS_LABELS[c.status as ClearanceStatus] ?? c.status;
  if (c.status === 'cleared') {
    if (c.expiresOn && c.expiresOn < today)
      return { gate: 'clearance', outcome: 'fail', detail: `Clearance at ${at} ran out on ${c.expiresOn}` };
    return { gate: 'clearance', outcome: 'pass', detail: `Cleared at ${at}` };
  }
  if (c.status === 'forms_submitted' || c.status === 'not_started')
    return { gate: 'clearance', outcome: 'pending', detail: `Clearance at ${at}: ${label}` };
  return { gate: 'clearance', outcome: 'fail', detail: `Clearance at ${at}: ${label}` };
}

function exclusionGate(mentee: MenteeFacts, mentor: MentorFacts): GateResult {
  const o = mentee.offenceCategory;
  if (o && mentor.excludedOffences.includes(o)) {
    const label = OFFENCE_CATEGORY_LABELS[o as keyof typeof OFFENCE_CATEGORY_LABELS] ?? o;
    return { gate: 'exclusion', outcome: 'fail', detail: `The mentor would not work with: ${label}` };
  }
  return { gate: 'exclusion', outcome: 'pass', detail: 'No exclusion applies' };
}

/* ---------- scoring and ranking ---------- */

/**
 * One mentor against the mentee: gates and every criterion. With `criteriaWhenRuledOut` false, a
 * mentor failing a gate is not scored (the lists explain them by their failed gates alone), which
 * saves most of the work for a large pool.
 */
export function scoreMentor(
  mentee: MenteeFacts,
  mentor: MentorFacts,
  weights: Weights,
  today: string,
  criteriaWhenRuledOut = true,
): Scored {
  const max = (c: MatchCriterion) => Math.max(0, weights[c]) * POINTS_PER_WEIGHT;
  const g = gates(mentee, mentor, today);
  const eligible = g.every((x) => x.outcome !== 'fail');
  const maxScore = MATCH_CRITERIA.reduce((sum, c) => sum + max(c), 0);
  if (!eligible && !criteriaWhenRuledOut)
    return { mentorId: mentor.id, name: mentor.name, eligible, gates: g, criteria: [], score: 0, maxScore };
  const criteria: CriterionResult[] = [
    preferences(mentee, mentor, today, max('preferences')),
    interests(mentee, mentor, max('interests')),
    learningStyle(mentee, mentor, max('learningStyle')),
    travel(mentee, mentor, max('travel')),
    languages(mentee, mentor, max('languages')),
    load(mentor, max('load')),
    timeSinceLastMatch(mentor, today, max('timeSinceLastMatch')),
  ];
  return {
    mentorId: mentor.id,
    name: mentor.name,
    eligible,
    gates: g,
    criteria,
    score: criteria.reduce((sum, c) => sum + c.points, 0),
    maxScore,
  };
}

// One collator for every comparison: localeCompare with a locale builds one per call, which
// dominates sorting a couple of thousand mentors.
const COLLATOR = new Intl.Collator('en-GB');
const byName = (a: Scored, b: Scored) =>
  COLLATOR.compare(a.name, b.name) || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0);

/**
 * Every eligible mentor scored and ranked by score (highest first) then name; the rest (at least
 * one failed gate) ordered by how few gates failed, then name, explained by their gates.
 */
export function rankMentors(
  mentee: MenteeFacts,
  mentors: readonly MentorFacts[],
  weights: Weights,
  today: string,
): { ranked: Scored[]; notSuggested: Scored[] } {
  const all = mentors.map((m) => scoreMentor(mentee, m, weights, today, false));
  const ranked = all.filter((s) => s.eligible).sort((a, b) => b.score - a.score || byName(a, b));
  // Failed gates counted once per mentor, not once per comparison.
  const fails = new Map<Scored, number>();
  for (const s of all) if (!s.eligible) fails.set(s, s.gates.filter((g) => g.outcome === 'fail').length);
  const notSuggested = [...fails.keys()].sort((a, b) => fails.get(a)! - fails.get(b)! || byName(a, b));
  return { ranked, notSuggested };
}
