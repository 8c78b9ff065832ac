import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  EqualityProfile,
  MentorEquality,
  ProfileCell,
  ProfilePopulation,
  equalityInput,
} from '../../../shared/contract/screening';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  DISABILITY_ANSWERS,
  DISABILITY_LABELS,
  ETHNICITY_GROUPS,
  GENDERS,
  GENDER_LABELS,
  SMALL_NUMBER_THRESHOLD,
  ethnicityGroupOf,
} from '../../../shared/mentors/equality';
import { exactPercent, suppressBreakdown, suppressSmall, suppressedPercent } from './profile-suppression';
import { assertMentor, isoDay } from './vetting.queries';

/** Equality monitoring: one mentor's answers (co-ordinators), and the suppressed aggregate profile. */
const EQUALITY_SQL = `SELECT mentor_id AS mentorId, age_band AS ageBand, gender, ethnicity, disability, religion,
  sexual_orientation AS sexualOrientation, recorded_on AS recordedOn FROM mentor_equality WHERE mentor_id = ?`;

export async function getEquality(em: EntityManager, mentorId: string): Promise<MentorEquality> {
  await assertMentor(em, mentorId);
  const [row] = (await em.query(EQUALITY_SQL, [mentorId])) as Omit<MentorEquality, 'recorded'>[];
  if (row) return { ...row, recorded: true };
  return {
    mentorId,
    recorded: false,
    ageBand: null,
    gender: null,
    ethnicity: null,
    disability: null,
    religion: null,
    sexualOrientation: null,
    recordedOn: null,
  };
}

export async function saveEquality(
  em: EntityManager,
  input: z.output<typeof equalityInput>,
  now: Date,
): Promise<MentorEquality> {
  await assertMentor(em, input.mentorId);
  await em.query(
    `INSERT INTO mentor_equality (mentor_id, age_band, gender, ethnicity, disability, religion, sexual_orientation,
       recorded_on, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (mentor_id) DO UPDATE SET age_band = excluded.age_band, gender = excluded.gender,
       ethnicity = excluded.ethnicity, disability = excluded.disability, religion = excluded.religion,
       sexual_orientation = excluded.sexual_orientation, recorded_on = excluded.recorded_on,
       updated_at = excluded.updated_at`,
    [
      input.mentorId,
      input.ageBand,
      input.gender,
      input.ethnicity,
      input.disability,
      input.religion,
      input.sexualOrientation,
      input.recordedOn ?? isoDay(now),
      now.toISOString(),
    ],
  );
  return getEquality(em, input.mentorId);
}

/** Mentors who have left or were not selected are outside the "current" pool. */
const POPULATION_SQL: Record<ProfilePopulation, string> = {
  current: "m.stage NOT IN ('left', 'not_selected')",
  all: '1 = 1',
};

function cells(
  keys: readonly string[],
  label: (key: string) => string,
  counts: ReadonlyMap<string, number>,
): ProfileCell[] {
  const exact = keys.map((k) => counts.get(k) ?? 0);
  const shown = suppressBreakdown(exact);
  return keys.map((key, i) => ({ key, label: label(key), ...shown[i]!, exact: exact[i]! }));
}

/**
 * The profile in one pass over the answers. Every cell carries the suppressed count (reference
 * data) and the exact one (equality data, blanked by the pipeline for roles that may not read it).
 */
export async function equalityProfile(
  em: EntityManager,
  population: ProfilePopulation,
): Promise<EqualityProfile> {
  const where = POPULATION_SQL[population];
  const [{ mentors }] = (await em.query(`SELECT count(*) AS mentors FROM mentor m WHERE ${where}`)) as [
    { mentors: number },
  ];
  const rows = (await em.query(
    `SELECT q.age_band AS ageBand, q.gender, q.ethnicity, q.disability, count(*) AS n
       FROM mentor_equality q JOIN mentor m ON m.id = q.mentor_id
      WHERE ${where}
      GROUP BY q.age_band, q.gender, q.ethnicity, q.disability`,
  )) as { ageBand: string; gender: string; ethnicity: string; disability: string; n: number }[];
  const tally = () => new Map<string, number>();
  const age = tally();
  const gender = tally();
  const group = tally();
  const disability = tally();
  let answered = 0;
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const r of rows) {
    answered += r.n;
    add(age, r.ageBand, r.n);
    add(gender, r.gender, r.n);
    add(group, ethnicityGroupOf(r.ethnicity), r.n);
    add(disability, r.disability, r.n);
  }
  const groups = [...Object.keys(ETHNICITY_GROUPS), 'Prefer not to say'];
  return {
    population,
    threshold: SMALL_NUMBER_THRESHOLD,
    mentors,
    answered: {
      key: 'answered',
      label: 'Mentors who have answered',
      count: suppressSmall(answered),
      hidden: suppressSmall(answered) === null ? 'small' : null,
      exact: answered,
    },
    completionPercent: suppressedPercent(answered, mentors),
    completionPercentExact: exactPercent(answered, mentors),
    ageBands: cells(AGE_BANDS, (k) => AGE_BAND_LABELS[k as (typeof AGE_BANDS)[number]], age),
    genders: cells(GENDERS, (k) => GENDER_LABELS[k as (typeof GENDERS)[number]], gender),
    ethnicityGroups: cells(groups, (k) => k, group),
    disability: cells(
      DISABILITY_ANSWERS,
      (k) => DISABILITY_LABELS[k as (typeof DISABILITY_ANSWERS)[number]],
      disability,
    ),
  };
}
