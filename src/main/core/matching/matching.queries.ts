import type { EntityManager } from 'typeorm';
import type { EarlierDecline } from '../../../shared/contract/matching';
import type { DeclinedBy } from '../../../shared/matching/match';
import type { MenteeFacts, MentorFacts } from '../../../shared/matching/suggest';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';

/**
 * The facts suggestions are scored on, loaded in a handful of set-wise queries: one for the mentee,
 * then for every candidate mentor at once their record, open matches, last match and clearance at
 * the mentee's establishment. Nothing runs per mentor, so 2,000 mentors stay well under 100 ms.
 */

/** Open stages as SQL (a match holding its mentee and a place in its mentor's capacity). */
export const OPEN_STAGES_SQL = `('proposed', 'mentor_agreed', 'mentee_agreed', 'active')`;
/** Mentors worth considering at all: matched or ready, and those on hold (shown as not ready). */
const CONSIDERED_STAGES_SQL = `('ready', 'matched', 'on_hold')`;
export const RELEASE_SQL = (a: string) => `coalesce(${a}.confirmed_release, ${a}.expected_release)`;

const parseList = (json: string | null): string[] => {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export interface MenteeForMatching {
  id: string;
  reference: string;
  displayName: string;
  stage: string;
  releaseDate: string | null;
  openMatchId: string | null;
  facts: MenteeFacts;
}

export async function menteeForMatching(
  em: EntityManager,
  menteeId: string,
): Promise<MenteeForMatching | null> {
  const [r] = (await em.query(
    `SELECT m.id, m.reference, ${MENTEE_NAME_SQL('m')} AS displayName, m.stage, ${RELEASE_SQL('m')} AS releaseDate,
            m.establishment_id AS establishmentId, e.name AS establishmentName, m.offence_category AS offenceCategory,
            m.interests, m.learning_style AS learningStyle, m.home_area AS homeArea, m.languages,
            p.mentee_id AS hasPreferences, p.gender AS prefGender, p.age_range AS prefAge,
            p.ethnicity AS prefEthnicity, p.shared_interests AS prefInterests,
            (SELECT x.id FROM match x WHERE x.mentee_id = m.id AND x.stage IN ${OPEN_STAGES_SQL}) AS openMatchId
       FROM mentee m
       LEFT JOIN establishment e ON e.id = m.establishment_id
       LEFT JOIN mentee_preference p ON p.mentee_id = m.id
      WHERE m.id = ?`,
    [menteeId],
  )) as {
    id: string;
    reference: string;
    displayName: string;
    stage: string;
    releaseDate: string | null;
    establishmentId: string | null;
    establishmentName: string | null;
    offenceCategory: string | null;
    interests: string;
    learningStyle: string | null;
    homeArea: string;
    languages: string;
    hasPreferences: string | null;
    prefGender: string | null;
    prefAge: string | null;
    prefEthnicity: string | null;
    prefInterests: string | null;
    openMatchId: string | null;
  }[];
  if (!r) return null;
  return {
    id: r.id,
    reference: r.reference,
    displayName: r.displayName,
    stage: r.stage,
    releaseDate: r.releaseDate,
    openMatchId: r.openMatchId,
    facts: {
      establishmentId: r.establishmentId,
      establishmentName: r.establishmentName,
      offenceCategory: r.offenceCategory,
      interests: parseList(r.interests),
      learningStyle: r.learningStyle,
      homeArea: r.homeArea,
      languages: parseList(r.languages),
      preferences: r.hasPreferences
        ? {
            gender: r.prefGender ?? '',
            ageRange: r.prefAge ?? '',
            ethnicity: r.prefEthnicity ?? '',
            sharedInterests: r.prefInterests ?? '',
          }
        : null,
    },
  };
}

/**
 * Every mentor who could be considered (ready, matched or on hold), plus `alsoMentorId` whatever
 * their stage (the one a co-ordinator chose), with what the scorer needs.
 */
export async function mentorsForMatching(
  em: EntityManager,
  establishmentId: string | null,
  alsoMentorId: string | null = null,
): Promise<MentorFacts[]> {
  const mentors = (await em.query(
    `SELECT m.id, ${DISPLAY_NAME_SQL('m')} AS name, m.stage, m.gender, m.date_of_birth AS dateOfBirth,
            m.interests, m.learning_style AS learningStyle, m.travel_area AS travelArea, m.languages,
            m.excluded_offences AS excludedOffences, m.max_mentees AS maxMentees,
            c.status AS clearanceStatus, c.expires_on AS clearanceExpires, c.id AS clearanceId
       FROM mentor m
       LEFT JOIN mentor_clearance c ON c.mentor_id = m.id AND c.establishment_id = ?
      WHERE m.stage IN ${CONSIDERED_STAGES_SQL} OR m.id = ?`,
    [establishmentId, alsoMentorId],
  )) as {
    id: string;
    name: string;
    stage: string;
    gender: string;
    dateOfBirth: string | null;
    interests: string;
    learningStyle: string | null;
    travelArea: string;
    languages: string;
    excludedOffences: string;
    maxMentees: number;
    clearanceStatus: string | null;
    clearanceExpires: string | null;
    clearanceId: string | null;
  }[];
  // Open matches and the latest match start, for every mentor at once (the match_mentor_load index covers it).
  const load = (await em.query(
    `SELECT mentor_id AS mentorId,
            sum(stage IN ${OPEN_STAGES_SQL}) AS open,
            max(CASE WHEN stage <> 'declined' THEN coalesce(active_on, proposed_on) END) AS lastMatchedOn
       FROM match GROUP BY mentor_id`,
  )) as { mentorId: string; open: number; lastMatchedOn: string | null }[];
  const byMentor = new Map(load.map((l) => [l.mentorId, l]));
  return mentors.map((m) => {
    const l = byMentor.get(m.id);
    return {
      id: m.id,
      name: m.name,
      stage: m.stage,
      gender: m.gender,
      dateOfBirth: m.dateOfBirth,
      interests: parseList(m.interests),
      learningStyle: m.learningStyle,
      travelArea: m.travelArea,
      languages: parseList(m.languages),
      excludedOffences: parseList(m.excludedOffences),
      maxMentees: m.maxMentees,
      openMatches: l?.open ?? 0,
      lastMatchedOn: l?.lastMatchedOn ?? null,
      clearance: m.clearanceId ? { status: m.clearanceStatus ?? '', expiresOn: m.clearanceExpires } : null,
    };
  });
}

/** Declined matches for some mentees, newest first: who declined and why, shown at the next suggestion. */
export async function declinesFor(
  em: EntityManager,
  menteeIds: readonly string[],
): Promise<Map<string, EarlierDecline[]>> {
  const rows = (await em.query(
    `SELECT x.mentee_id AS menteeId, x.id AS matchId, ${DISPLAY_NAME_SQL('t')} AS mentorName,
            x.declined_by AS declinedBy, x.declined_on AS declinedOn, x.decline_reason AS reason
       FROM match x JOIN mentor t ON t.id = x.mentor_id
      WHERE x.stage = 'declined' AND x.mentee_id IN (SELECT value FROM json_each(?))
      ORDER BY x.declined_on DESC, x.proposed_on DESC`,
    [JSON.stringify(menteeIds)],
  )) as (EarlierDecline & { menteeId: string; declinedBy: DeclinedBy | null })[];
  const out = new Map<string, EarlierDecline[]>();
  for (const { menteeId, ...d } of rows) out.set(menteeId, [...(out.get(menteeId) ?? []), d]);
  return out;
}
