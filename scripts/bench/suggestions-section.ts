// Section g: suggestions for one ready mentee over the 2,000 mentors of the mentors dataset (all
// scored: those still in recruitment are made ready; the on-hold explained as not ready), with interests, travel
// areas, languages, exclusions and a clearance for every mentor at the mentee's prison, and 400
// earlier matches (open and ended) so load and time since the last match vary. The same query
// functions the handler calls run on a plaintext and an encrypted copy side by side (ratio per
// round), and the core's own call (the whole pipeline, encrypted) beside them. Goal (issue 10):
// suggestions for one mentee over 2,000 mentors < 100 ms.
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import { suggestionsFor } from '../../src/main/core/matching/matching.suggest.queries';
import { DEFAULT_THRESHOLDS } from '../../src/shared/settings';
import { must } from './core-session';
import { MENTORS, seedMentors } from './mentors-dataset';
import { interleave, progress } from './rounds';
import { elapsedMs, fmtMs, fmtRatio, pairRatios, spread, spreadCells, table } from './report';
import {
  encryptedCopy,
  newVault,
  openVaultDatabase,
  plaintextTwin,
  rawManager,
  reopenCore,
} from './section-databases';

const GOAL_MS = 100;
const EARLIER_MATCHES = 400;

export interface SuggestionsOptions {
  dir: string;
  rounds: number;
}

const today = () => new Date().toISOString().slice(0, 10);
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Ids the contract's uuid check accepts, one hex letter per kind of row. */
const uuidLike = (kind: string, n: number) => `${kind}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const INTERESTS = ['football', 'music', 'cooking', 'reading', 'fishing', 'gaming', 'art', 'running', 'chess'];
const AREAS = ['Leeds', 'Bradford', 'Wakefield', 'Leeds and Bradford', 'North Leeds', 'Halifax', 'York'];
const STYLES = ['activist', 'reflector', 'theorist', 'pragmatist'];
const GENDERS = ['woman', 'man', 'non_binary', ''];
const CLEARANCES = ['cleared', 'cleared', 'cleared', 'forms_submitted', 'not_started', 'refused', 'expired'];

/**
 * What the mentors dataset leaves plain (no interests, one travel area) made varied, a clearance
 * at the mentee's prison for every mentor, the mentee, and earlier matches (one filler mentee each).
 * Deterministic by row number, so the plaintext and encrypted copies hold the same rows.
 */
export function seedMatchingFacts(db: Database.Database, accountId: string, on: string): string {
  const now = `${on}T09:00:00.000Z`;
  const prison = db.prepare(`SELECT id FROM establishment ORDER BY name LIMIT 1`).pluck().get() as string;
  // Every mentor scored, as the goal asks: those still in recruitment are made ready (a third matched).
  db.exec(`UPDATE mentor SET stage = CASE WHEN rowid % 3 = 0 THEN 'matched' ELSE 'ready' END
            WHERE stage NOT IN ('ready', 'matched', 'on_hold')`);
  const mentors = db.prepare(`SELECT id, stage FROM mentor ORDER BY id`).all() as {
    id: string;
    stage: string;
  }[];
  const insertMentee = db.prepare(
    `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since,
       date_of_birth, gender, address_on_release, home_area, ethnicity, disability, employment_status,
       family_background, prison_number, establishment_id, custody_status, sentence_type, sentence_months,
       offence_category, expected_release, confirmed_release, licence_end, case_manager_name, case_manager_contact,
       caseworker_account_id, learning_style, interests, accessible_format, adaptations, consent_given_on,
       consent_how, notes, created_at, updated_at, languages)
     VALUES (?, ?, 'Bench', '', ?, ?, ?, ?, '1990-01-01', 'man', '', 'Leeds', NULL, NULL, 'not_known', '', NULL, ?,
       'sentenced', NULL, NULL, 'burglary', ?, NULL, NULL, '', '', ?, 'activist', '["football","music","art"]', 0, '',
       ?, 'in_person', '', ?, ?, '["English","Polish"]')`,
  );
  const insertMatch = db.prepare(
    `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
       suggestion_rank, score, explanation, override_reason, release_warning, active_on, ended_on,
       no_show_streak, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 100, '{}', '', 0, ?, ?, 0, ?, ?)`,
  );
  return db.transaction(() => {
    const update = db.prepare(
      `UPDATE mentor SET interests = ?, travel_area = ?, learning_style = ?, gender = ?, languages = ?,
         max_mentees = ?, excluded_offences = ? WHERE id = ?`,
    );
    const clearance = db.prepare(
      `INSERT OR REPLACE INTO mentor_clearance (id, mentor_id, establishment_id, forms_submitted_on, forms_checked_by,
         id_seen_on, security_awareness_on, status, cleared_on, expires_on, notes, updated_by, created_at, updated_at)
       VALUES (?, ?, ?, NULL, '', NULL, NULL, ?, ?, ?, '', ?, ?, ?)`,
    );
    mentors.forEach((m, i) => {
      const interests = [INTERESTS[i % 9], INTERESTS[(i * 7 + 3) % 9], INTERESTS[(i * 5 + 1) % 9]];
      update.run(
        JSON.stringify([...new Set(interests)]),
        AREAS[i % AREAS.length],
        STYLES[i % 4],
        GENDERS[i % 4],
        i % 6 === 0 ? '["English","Polish"]' : '["English"]',
        1 + (i % 3),
        i % 25 === 0 ? '["burglary"]' : '[]',
        m.id,
      );
      const status = CLEARANCES[i % CLEARANCES.length]!;
      clearance.run(
        uuidLike('c', i),
        m.id,
        prison,
        status,
        status === 'cleared' ? addDays(on, -200) : null,
        status === 'cleared' ? addDays(on, 500) : null,
        accountId,
        now,
        now,
      );
    });
    const mentee = (n: number, stage: string) => {
      const id = uuidLike('e', n);
      insertMentee.run(
        id,
        `Mentee${n}`,
        `mentee${n} bench`,
        `M-2026-${String(n).padStart(5, '0')}`,
        stage,
        on,
        prison,
        addDays(on, 300),
        accountId,
        on,
        now,
        now,
      );
      return id;
    };
    const target = mentee(0, 'ready');
    const matched = mentors.filter((m) => m.stage === 'matched' || m.stage === 'ready');
    for (let k = 0; k < EARLIER_MATCHES && k < matched.length; k++) {
      const open = k % 2 === 0;
      const start = addDays(on, -30 * (1 + (k % 24)));
      insertMatch.run(
        uuidLike('a', k),
        `X-2026-${String(k + 1).padStart(4, '0')}`,
        mentee(k + 1, open ? 'matched' : 'closed'),
        matched[(k * 3) % matched.length]!.id,
        open ? 'active' : 'ended',
        start,
        start,
        accountId,
        start,
        open ? null : addDays(start, 180),
        now,
        now,
      );
    }
    return target;
  })();
}

export async function suggestionsSection({ dir, rounds }: SuggestionsOptions): Promise<void> {
  console.log(
    `\n## g. Suggestions for one mentee over ${MENTORS} mentors; plaintext vs encrypted vs the core, ${rounds} rounds\n`,
  );
  const dataDir = await newVault(dir, 'suggest');

  const vault = await openVaultDatabase(dataDir);
  const { live, variant } = vault;
  const accountId = live.prepare('SELECT id FROM account LIMIT 1').pluck().get() as string;
  const seedT0 = process.hrtime.bigint();
  seedMentors(live, accountId, today());
  const menteeId = seedMatchingFacts(live, accountId, today());
  const scored = live
    .prepare(`SELECT count(*) FROM mentor WHERE stage IN ('ready', 'matched', 'on_hold')`)
    .pluck()
    .get() as number;
  console.log(
    `  seeded ${MENTORS} mentors (${scored} ready, matched or on hold, so scored), clearances and ${EARLIER_MATCHES} earlier matches in ${fmtMs(elapsedMs(seedT0))}`,
  );
  live.close();
  const encrypted = encryptedCopy(vault, dir, 'suggest');

  const plain = plaintextTwin(dir, 'suggest');
  seedMentors(plain, accountId, today());
  seedMatchingFacts(plain, accountId, today());

  const core = await reopenCore(dataDir);

  const ems: Record<string, EntityManager> = {
    plaintext: rawManager(plain),
    [variant.name]: rawManager(encrypted),
  };
  const names = ['plaintext', variant.name];
  // Wall time per run; CPU time (this process, user + system) beside it, as the machine is shared.
  const cpu = new Map<string, number[]>([...names, 'core'].map((n) => [n, []]));
  const time = async (name: string, work: () => Promise<unknown>) => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await work();
    const wall = elapsedMs(t0);
    const used = process.cpuUsage(c0);
    cpu.get(name)!.push((used.user + used.system) / 1000);
    return wall;
  };
  try {
    const sample = await suggestionsFor(ems.plaintext!, menteeId, DEFAULT_THRESHOLDS, today());
    console.log(
      `  one call: ${sample.candidatesTotal} suggested (${sample.candidates.length} listed), ${sample.notSuggestedTotal} not suggested (${sample.notSuggested.length} listed)`,
    );
    const runs = await interleave(
      rounds,
      [
        ...names.map((name) => ({
          name,
          run: () => time(name, () => suggestionsFor(ems[name]!, menteeId, DEFAULT_THRESHOLDS, today())),
        })),
        { name: 'core', run: () => time('core', () => must(core, 'matching.suggestions', { menteeId })) },
      ],
      progress('suggestions', rounds),
    );
    const p = runs.get('plaintext')!;
    const e = runs.get(variant.name)!;
    const c = runs.get('core')!;
    const ms = (xs: number[]) => spreadCells(spread(xs), fmtMs);
    const label = `suggestions over ${MENTORS} mentors`;
    console.log('');
    console.log(
      table(
        ['per operation', 'min', 'median', 'max'],
        [
          [`${label}: plaintext`, ...ms(p)],
          [`${label}: ${variant.name}`, ...ms(e)],
          [`${label}: ratio ${variant.name} ÷ plaintext`, ...spreadCells(spread(pairRatios(e, p)), fmtRatio)],
          [`${label}: ${variant.name}, CPU time`, ...ms(cpu.get(variant.name)!)],
          [`${label}: core.call (goal < ${fmtMs(GOAL_MS)})`, ...ms(c)],
          [`${label}: core.call, CPU time`, ...ms(cpu.get('core')!)],
        ],
      ),
    );
  } finally {
    plain.close();
    encrypted.close();
    await core.close();
  }
}
