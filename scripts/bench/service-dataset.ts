// Issue 11's slice of the large dataset, over the mentors', mentees' and matches' slices: a year of
// group supervision (9 sessions, attendance for every ready or matched mentor), 12,000 individual
// supervision records with each mentor's derived row (mentor_supervision), telephone calls, 20,000
// expense claims with 60,000 lines and 2,000 small receipts, two years of budgets, activity funds on
// the active matches, policies, insurance, partners with agreements and liaison, support-group
// meetings, complaints, safeguarding concerns with actions, and 5,000 pieces of feedback with
// themes and "you said, we did" actions. Rows written with raw SQL matching migrations 013–019, from
// a seeded generator, so the plaintext and encrypted copies hold the same rows.
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  BUDGET_CATEGORIES,
  LINE_BUDGET_CATEGORY,
  financialYearOf,
  type ExpenseLineKind,
} from '../../src/shared/expenses/expenses';
import { FEEDBACK_FROM, FEEDBACK_METHODS, FEEDBACK_THEMES } from '../../src/shared/feedback/feedback';
import { POLICY_KINDS } from '../../src/shared/policies/policies';
import { prng } from './workload';

export const SERVICE = {
  groupSessions: 9,
  supervisionRecords: 12_000,
  calls: 4_000,
  claims: 20_000,
  linesPerClaim: 3,
  receipts: 2_000,
  partners: 60,
  complaints: 400,
  concerns: 600,
  feedback: 5_000,
  actions: 120,
} as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) =>
  iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A small PNG-signed blob (a receipt photo stand-in): 8 signature bytes and ~6 KiB of filler. */
function receiptBytes(next: () => number): Buffer {
  const b = Buffer.alloc(6_000 + Math.floor(next() * 2_000));
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  for (let i = 8; i < b.length; i += 97) b[i] = Math.floor(next() * 256);
  return b;
}

export interface ServiceDatasetIds {
  /** A ready or matched mentor, for saving a claim. */
  sampleMentorId: string;
  /** A receipt to open. */
  sampleReceiptId: string;
}

/** Insert the slice into `db` (migrated, with the mentors', mentees' and matches' slices) in one transaction. */
export function seedService(
  db: Database.Database,
  today: string,
  accountId: string,
  seed = 11,
): ServiceDatasetIds {
  const next = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const now = `${today}T09:00:00.000Z`;
  const ids: ServiceDatasetIds = { sampleMentorId: '', sampleReceiptId: '' };
  db.transaction(() => {
    const mentors = db.prepare(`SELECT id, stage, cluster_id AS cluster FROM mentor ORDER BY id`).all() as {
      id: string;
      stage: string;
      cluster: string | null;
    }[];
    const active = mentors.filter((m) => m.stage === 'ready' || m.stage === 'matched');
    if (!active.length) throw new Error('seedService needs the mentors slice');
    ids.sampleMentorId = active[0]!.id;
    const matches = db
      .prepare(`SELECT id, mentor_id AS mentorId FROM match WHERE stage = 'active'`)
      .all() as {
      id: string;
      mentorId: string;
    }[];
    const mentees = (
      db.prepare(`SELECT id FROM mentee ORDER BY id LIMIT 5000`).pluck().all() as string[]
    ).slice();

    // Group supervision: 9 published sessions over the last year, attendance for every active mentor.
    const session = db.prepare(
      `INSERT INTO group_supervision_session (id, held_on, starts_at, venue, led_by, status, themes, attendance_taken, created_at, updated_at)
       VALUES (?, ?, '18:30', 'Bench community hall', 'Co-ordinator', 'published', 'Endings; boundaries', 1, ?, ?)`,
    );
    const attend = db.prepare(
      `INSERT INTO group_supervision_attendance (id, session_id, mentor_id, status) VALUES (?, ?, ?, ?)`,
    );
    for (let s = 0; s < SERVICE.groupSessions; s++) {
      const id = uuid(next);
      session.run(id, addDays(today, -14 - s * 42), now, now);
      for (const m of active)
        attend.run(
          uuid(next),
          id,
          m.id,
          next() < 0.75 ? 'attended' : next() < 0.5 ? 'apologies' : 'did_not_attend',
        );
    }
    // A few planned sessions still to come.
    for (let s = 1; s <= 3; s++)
      db.prepare(
        `INSERT INTO group_supervision_session (id, held_on, starts_at, venue, led_by, status, themes, attendance_taken, created_at, updated_at)
         VALUES (?, ?, '18:30', 'Bench community hall', 'Co-ordinator', 'planned', '', 0, ?, ?)`,
      ).run(uuid(next), addDays(today, s * 42 - 14), now, now);

    // Individual supervision: 12,000 records over two years; each mentor's latest on mentor_supervision.
    const record = db.prepare(
      `INSERT INTO supervision_record (id, mentor_id, held_on, supervisor_account_id, supervisor_name, kind,
         matches_discussed, contacts_reviewed, contacts_note, concerns, training_needs, personal_issues, actions,
         next_on, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, 'Bench Person', ?, '[]', 1, 'Reviewed the month.', '', '', '', 'Keep going.', NULL, ?, ?)`,
    );
    const latest = new Map<string, string>();
    for (let i = 0; i < SERVICE.supervisionRecords; i++) {
      const m = pick(active);
      const on = addDays(today, -int(1, 730));
      record.run(uuid(next), m.id, on, accountId, pick(['in_person', 'telephone', 'video']), accountId, now);
      if ((latest.get(m.id) ?? '') < on) latest.set(m.id, on);
    }
    const state = db.prepare(
      `INSERT INTO mentor_supervision (mentor_id, last_supervised_on, missed_streak, missed_dates, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    for (const m of active) {
      const streak = next() < 0.04 ? 2 : next() < 0.1 ? 1 : 0;
      const missed = Array.from({ length: streak }, (_, k) => ({
        on: addDays(today, -14 - k * 42),
        apologies: false,
      }));
      state.run(m.id, latest.get(m.id) ?? null, streak, JSON.stringify(missed), now);
    }
    const call = db.prepare(
      `INSERT INTO supervision_call (id, mentor_id, called_on, direction, staff_name, minutes, topic, follow_up_needed,
         follow_up_note, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, 'Bench Person', ?, 'Checked in after a visit.', ?, '', ?, ?)`,
    );
    for (let i = 0; i < SERVICE.calls; i++)
      call.run(
        uuid(next),
        pick(active).id,
        addDays(today, -int(0, 365)),
        pick(['from_mentor', 'to_mentor']),
        int(5, 40),
        next() < 0.1 ? 1 : 0,
        accountId,
        now,
      );

    // Expenses: 20,000 claims over two years, most paid; the waiting ones recent (a few late).
    const claim = db.prepare(
      `INSERT INTO expense_claim (id, reference, mentor_id, received_on, period_from, period_to, status, total_pence,
         declaration_accepted, declaration_signed_on, notes, decided_by, decided_on, rejection_reason, paid_on,
         payment_method, payment_reference, paid_by, entered_by, entered_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, 1, ?, '', ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
    );
    const line = db.prepare(
      `INSERT INTO expense_line (id, claim_id, position, kind, spent_on, description, miles, pence_per_mile, amount_pence,
         match_id, budget_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const event = db.prepare(
      `INSERT INTO expense_claim_event (id, claim_id, event, on_day, note, by_account, at) VALUES (?, ?, ?, ?, '', ?, ?)`,
    );
    const receipt = db.prepare(
      `INSERT INTO expense_receipt (id, claim_id, line_id, file_name, content_type, size, sha256, bytes, added_by, added_at)
       VALUES (?, ?, ?, 'receipt.png', 'image/png', ?, ?, ?, ?, ?)`,
    );
    const byMentor = new Map<string, string[]>();
    for (const mt of matches) byMentor.set(mt.mentorId, [...(byMentor.get(mt.mentorId) ?? []), mt.id]);
    const perYear = new Map<number, number>();
    const kinds: ExpenseLineKind[] = [
      'mileage',
      'mileage',
      'public_transport',
      'parking',
      'childcare',
      'activity',
      'other',
    ];
    for (let i = 0; i < SERVICE.claims; i++) {
      const m = pick(active);
      const age = i < 400 ? int(0, 40) : int(30, 730);
      const received = addDays(today, -age);
      const year = financialYearOf(received);
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      const status = i < 250 ? 'submitted' : i < 400 ? 'approved' : next() < 0.04 ? 'rejected' : 'paid';
      const id = uuid(next);
      let total = 0;
      const lineIds: string[] = [];
      const lines = int(2, 4);
      const rows: unknown[][] = [];
      for (let p = 0; p < lines; p++) {
        let kind = pick(kinds);
        const theirMatches = byMentor.get(m.id);
        if (kind === 'activity' && !theirMatches) kind = 'other';
        const miles = kind === 'mileage' ? int(40, 600) / 10 : null;
        const amount = miles !== null ? Math.round(miles * 45) : int(150, 4000);
        total += amount;
        const lineId = uuid(next);
        lineIds.push(lineId);
        rows.push([
          lineId,
          id,
          p,
          kind,
          addDays(received, -int(1, 20)),
          'Visit and travel',
          miles,
          miles !== null ? 45 : null,
          amount,
          kind === 'activity' ? pick(theirMatches!) : null,
          LINE_BUDGET_CATEGORY[kind],
        ]);
      }
      const decided = status === 'submitted' ? null : addDays(received, int(1, 8));
      const paid = status === 'paid' ? addDays(decided!, int(1, 15)) : null;
      claim.run(
        id,
        `E-${year}-${String(n).padStart(4, '0')}`,
        m.id,
        received,
        status,
        total,
        addDays(received, -1),
        decided ? accountId : null,
        decided,
        status === 'rejected' ? 'No receipt for parking.' : '',
        paid,
        paid ? 'bank_transfer' : null,
        paid ? accountId : null,
        accountId,
        now,
        now,
      );
      for (const r of rows) line.run(...r);
      event.run(uuid(next), id, 'submitted', received, accountId, now);
      if (decided)
        event.run(uuid(next), id, status === 'rejected' ? 'rejected' : 'approved', decided, accountId, now);
      if (paid) event.run(uuid(next), id, 'paid', paid, accountId, now);
      if (i % (SERVICE.claims / SERVICE.receipts) === 0) {
        const bytes = receiptBytes(next);
        const rid = uuid(next);
        receipt.run(rid, id, lineIds[0], bytes.length, 'bench'.padEnd(64, '0'), bytes, accountId, now);
        ids.sampleReceiptId ||= rid;
      }
    }

    // Budgets for this year and last, some other spending, activity funds on the active matches.
    const thisYear = financialYearOf(today);
    const budget = db.prepare(
      `INSERT INTO budget (id, financial_year, category, amount_pence, note, updated_by, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)`,
    );
    const spend = db.prepare(
      `INSERT INTO budget_spend (id, financial_year, category, spent_on, amount_pence, description, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, 'Invoice', ?, ?)`,
    );
    for (const year of [thisYear - 1, thisYear])
      for (const c of BUDGET_CATEGORIES) {
        budget.run(uuid(next), year, c, int(5_000, 80_000) * 100, accountId, now);
        for (let k = 0; k < 20; k++)
          spend.run(
            uuid(next),
            year,
            c,
            `${year}-${String(int(4, 12)).padStart(2, '0')}-10`,
            int(1_000, 200_000),
            accountId,
            now,
          );
      }
    const fund = db.prepare(
      `INSERT INTO activity_fund (id, match_id, amount_pence, note, set_by, set_at) VALUES (?, ?, ?, '', ?, ?)`,
    );
    for (const mt of matches) fund.run(uuid(next), mt.id, 5_000, accountId, now);

    // Policies (beyond the six seeded drafts), literature and insurance.
    const policy = db.prepare(
      `INSERT INTO policy (id, title, kind, recommended, owner, status, summary, review_on, current_version_id, created_by, created_at, updated_at)
       VALUES (?, ?, ?, 0, 'Manager', ?, '', ?, ?, ?, ?, ?)`,
    );
    const version = db.prepare(
      `INSERT INTO policy_version (id, policy_id, version, approved_on, approved_by, review_on, changes, recorded_by, recorded_at)
       VALUES (?, ?, '1.0', ?, 'Trustees', ?, '', ?, ?)`,
    );
    for (let i = 0; i < 30; i++) {
      const id = uuid(next);
      const vid = uuid(next);
      const review = addDays(today, int(-60, 400));
      policy.run(
        id,
        `Bench policy ${i}`,
        pick(POLICY_KINDS),
        i % 10 === 0 ? 'under_review' : 'in_force',
        review,
        vid,
        accountId,
        now,
        now,
      );
      version.run(vid, id, addDays(review, -365), review, accountId, now);
    }
    const insurance = db.prepare(
      `INSERT INTO insurance_policy (id, kind, insurer, policy_number, cover_summary, cover_amount_pence, starts_on, expires_on,
         updated_by, created_at, updated_at) VALUES (?, ?, 'Bench Insurer', 'P-1', '', 500000000, ?, ?, ?, ?, ?)`,
    );
    for (const [i, kind] of [
      'employers_liability',
      'public_liability',
      'volunteer_personal_accident',
    ].entries())
      insurance.run(
        uuid(next),
        kind,
        addDays(today, -300 + i * 20),
        addDays(today, 65 + i * 20),
        accountId,
        now,
        now,
      );

    // Partners with agreements, link workers and liaison.
    const partner = db.prepare(
      `INSERT INTO partner (id, name, kind, establishment_id, address_line1, address_line2, town, postcode, phone, email, notes,
         referral_source, archived, created_at, updated_at)
       VALUES (?, ?, ?, NULL, '1 High Street', '', 'Leeds', 'LS1 1AA', '0113 000 0000', 'office@example.org', '', NULL, 0, ?, ?)`,
    );
    const agreement = db.prepare(
      `INSERT INTO partner_agreement (id, partner_id, title, kind, status, signed_on, review_on, notes, created_at, updated_at)
       VALUES (?, ?, 'Working together', ?, ?, ?, ?, '', ?, ?)`,
    );
    const liaison = db.prepare(
      `INSERT INTO partner_liaison (id, partner_id, contacted_on, contact_with, method, about, follow_up, recorded_by, recorded_at)
       VALUES (?, ?, ?, 'Link worker', 'phone', 'Referrals this month', '', ?, ?)`,
    );
    for (let i = 0; i < SERVICE.partners; i++) {
      const id = uuid(next);
      partner.run(id, `Bench partner ${i}`, pick(['probation', 'housing', 'health', 'employment']), now, now);
      for (let a = 0; a < 2; a++)
        agreement.run(
          uuid(next),
          id,
          pick(['protocol', 'service_agreement']),
          a ? 'ended' : 'in_force',
          addDays(today, -400),
          addDays(today, int(-30, 365)),
          now,
          now,
        );
      for (let l = 0; l < 10; l++) liaison.run(uuid(next), id, addDays(today, -int(0, 365)), accountId, now);
    }

    // Support groups: a meeting every six weeks per cluster over the year.
    const clusters = [...new Set(mentors.map((m) => m.cluster).filter((c): c is string => !!c))];
    const meeting = db.prepare(
      `INSERT INTO support_group_meeting (id, cluster_id, held_on, venue, themes, notes, concerns_summary, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, ?, 'Office', '[]', '', '', ?, ?, ?)`,
    );
    for (const [ci, c] of clusters.entries())
      for (let k = 0; k < 8; k++)
        meeting.run(uuid(next), c, addDays(today, -(ci % 2 ? 50 : 20) - k * 42), accountId, now, now);

    // Complaints: most closed; a handful open at each step.
    const complaint = db.prepare(
      `INSERT INTO complaint (id, reference, complainant_kind, complainant_name, complainant_contact, about_kind, about_detail,
         received_on, received_by, summary, acknowledged_on, outcome, responded_on, closed, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, 'mentee', 'A Complainant', '', 'service', '', ?, 'letter', 'Late reply to a call.', ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < SERVICE.complaints; i++) {
      const received = addDays(today, -(i < 20 ? int(0, 30) : int(30, 730)));
      const open = i < 20;
      const ack = open && i < 8 ? null : addDays(received, int(1, 5));
      complaint.run(
        uuid(next),
        `C-${received.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
        received,
        ack,
        open ? null : 'not_upheld',
        open ? null : addDays(received, int(5, 20)),
        open ? 0 : 1,
        accountId,
        now,
        now,
      );
    }

    // Safeguarding concerns with actions: most closed.
    const concern = db.prepare(
      `INSERT INTO safeguarding_concern (id, reference, status, raised_on, raised_by, raised_at, kind, about_kind, about_name,
         mentee_id, mentor_id, disclosure, immediate_action, next_action_due, last_action_on, outcome, closed_on, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'mentee', '', ?, NULL, 'Said something worrying at a visit.', 'Told the lead.', ?, ?, '', ?, ?)`,
    );
    const action = db.prepare(
      `INSERT INTO safeguarding_action (id, concern_id, taken_on, description, recorded_by, recorded_at) VALUES (?, ?, ?, 'Spoke to the caseworker.', ?, ?)`,
    );
    for (let i = 0; i < SERVICE.concerns; i++) {
      const raised = addDays(today, -int(0, 900));
      const status = i < 40 ? pick(['open', 'referred', 'monitoring']) : 'closed';
      const id = uuid(next);
      const last = addDays(raised, int(0, 20));
      concern.run(
        id,
        `S-${raised.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
        status,
        raised,
        accountId,
        now,
        pick(['child_protection', 'adult_safeguarding']),
        pick(mentees),
        status === 'closed' ? null : addDays(today, int(-5, 20)),
        last,
        status === 'closed' ? addDays(last, 5) : null,
        now,
      );
      for (let k = 0; k < 3; k++) action.run(uuid(next), id, addDays(raised, k * 7), accountId, now);
    }

    // Feedback with themes, actions linked to some of it.
    const feedback = db.prepare(
      `INSERT INTO feedback (id, received_on, from_kind, method, anonymous, rating, went_well, could_be_better, comments, themes,
         mentee_id, mentor_id, match_id, partner_id, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'Meetings on time.', 'More notice of changes.', '', ?, ?, NULL, NULL, NULL, ?, ?, ?)`,
    );
    const theme = db.prepare(`INSERT INTO feedback_theme (feedback_id, theme, received_on) VALUES (?, ?, ?)`);
    const feedbackIds: string[] = [];
    for (let i = 0; i < SERVICE.feedback; i++) {
      const id = uuid(next);
      const on = addDays(today, -int(0, 730));
      const themes = [...new Set([pick(FEEDBACK_THEMES), pick(FEEDBACK_THEMES)])];
      const anonymous = next() < 0.3;
      feedback.run(
        id,
        on,
        pick(FEEDBACK_FROM),
        pick(FEEDBACK_METHODS),
        anonymous ? 1 : 0,
        int(1, 5),
        JSON.stringify(themes),
        anonymous ? null : pick(mentees),
        accountId,
        now,
        now,
      );
      for (const t of themes) theme.run(id, t, on);
      feedbackIds.push(id);
    }
    const act = db.prepare(
      `INSERT INTO feedback_action (id, you_said, we_did, owner, target_on, status, done_on, published, recorded_by, recorded_at, updated_at)
       VALUES (?, 'Evening sessions are hard to reach.', 'Moved one session a month to Saturday.', 'Co-ordinator', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = db.prepare(`INSERT INTO feedback_action_link (action_id, feedback_id) VALUES (?, ?)`);
    for (let i = 0; i < SERVICE.actions; i++) {
      const id = uuid(next);
      const done = i >= 20;
      const target = addDays(today, done ? -int(10, 600) : int(-10, 40));
      act.run(
        id,
        target,
        done ? 'done' : pick(['planned', 'in_progress']),
        done ? target : null,
        done ? 1 : 0,
        accountId,
        now,
        now,
      );
      for (const f of new Set([pick(feedbackIds), pick(feedbackIds), pick(feedbackIds)])) link.run(id, f);
    }
  })();
  return ids;
}
