/**
 * The readiness gate (standards 11 and 12): a mentor becomes "ready" or "matched" only when every
 * condition below holds, or a co-ordinator records an exception with a reason. Pure, so the core
 * enforces it and the screens explain it with the same words.
 */
export interface ReadinessFacts {
  decision: 'approved' | 'not_selected' | null;
  satisfactoryReferences: number;
  /** The latest enhanced DBS check's outcome and renewal date (ISO), if any. */
  dbs: { outcome: string; decision: string | null; renewalDue: string } | null;
  initialTrainingHours: number;
  interviewPassed: boolean;
  /** Establishments the mentor is cleared at (advisory: matching needs it per establishment). */
  clearedEstablishments: number;
}

export interface ReadinessRules {
  initialTrainingHours: number;
  /** A DBS check must not expire within this many days. */
  dbsMarginDays: number;
}

export type ReadinessCondition =
  'decision' | 'references' | 'dbs_missing' | 'dbs_unsuitable' | 'dbs_expiring' | 'training' | 'interview';

export interface UnmetCondition {
  condition: ReadinessCondition;
  message: string;
}

const DAY_MS = 86_400_000;
export const daysBetween = (fromIso: string, toIso: string): number =>
  Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);

const hours = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} hour${n === 1 ? '' : 's'}`;

export function unmetConditions(
  facts: ReadinessFacts,
  rules: ReadinessRules,
  today: string,
): UnmetCondition[] {
  const unmet: UnmetCondition[] = [];
  if (facts.decision !== 'approved')
    unmet.push({
      condition: 'decision',
      message: 'No decision to approve them as a mentor has been recorded.',
    });
  if (facts.satisfactoryReferences < 2)
    unmet.push({
      condition: 'references',
      message: `Two satisfactory references are needed; ${facts.satisfactoryReferences === 0 ? 'none has' : 'only one has'} been received.`,
    });
  if (!facts.dbs || facts.dbs.outcome === 'pending') {
    unmet.push({ condition: 'dbs_missing', message: 'No enhanced DBS check has come back yet.' });
  } else if (facts.dbs.outcome === 'information_disclosed' && facts.dbs.decision !== 'suitable') {
    unmet.push({
      condition: 'dbs_unsuitable',
      message:
        'The DBS check disclosed information and no decision that they are suitable has been recorded.',
    });
  } else {
    const left = daysBetween(today, facts.dbs.renewalDue);
    if (left < rules.dbsMarginDays)
      unmet.push({
        condition: 'dbs_expiring',
        message:
          left < 0
            ? 'The enhanced DBS check has expired.'
            : `The enhanced DBS check must be renewed within ${left} day${left === 1 ? '' : 's'}; it must have at least ${rules.dbsMarginDays} days left.`,
      });
  }
  if (facts.initialTrainingHours < rules.initialTrainingHours)
    unmet.push({
      condition: 'training',
      message: `Initial training: ${hours(facts.initialTrainingHours)} attended of the ${hours(rules.initialTrainingHours)} needed.`,
    });
  if (!facts.interviewPassed)
    unmet.push({ condition: 'interview', message: 'No passed interview has been recorded.' });
  return unmet;
}

/** DBS renewal warnings: which of the programme's warning points (days) a renewal date has reached. */
export type RenewalWarning =
  { level: 'expired'; days: number } | { level: 'due'; days: number; within: number };

export function renewalWarning(
  renewalDue: string,
  warningDays: readonly number[],
  today: string,
): RenewalWarning | null {
  const days = daysBetween(today, renewalDue);
  if (days <= 0) return { level: 'expired', days };
  // Smallest warning point the date is within: at 30 days left with warnings 60/30/7 it is "within 30".
  const within = [...warningDays].sort((a, b) => a - b).find((w) => days <= w);
  return within === undefined ? null : { level: 'due', days, within };
}
