import { checkPassphrase, PASSPHRASE_MIN_LENGTH, type PassphraseContext } from '../../../shared/passphrase';

export type RuleState = 'met' | 'unmet' | 'pending';

export interface RuleStatus {
  id: 'length' | 'common' | 'sequence' | 'personal';
  text: string;
  state: RuleState;
}

export const STRENGTH_LABELS = ['Very weak', 'Weak', 'Fair', 'Good', 'Strong'] as const;

/** The passphrase rules in plain English, each marked met, unmet or not yet checked. */
export function passphraseRules(
  value: string,
  context: PassphraseContext,
): { rules: RuleStatus[]; score: number } {
  const check = checkPassphrase(value, context);
  const has = (fragment: string) => check.problems.some((p) => p.includes(fragment));
  const longEnough = value.length >= PASSPHRASE_MIN_LENGTH;
  const typed = value.length > 0;
  const state = (bad: boolean, ready: boolean): RuleState => (!ready ? 'pending' : bad ? 'unmet' : 'met');
  return {
    score: check.score,
    rules: [
      {
        id: 'length',
        text: `At least ${PASSPHRASE_MIN_LENGTH} characters. Three or four unrelated words with spaces work well.`,
        state: state(has('characters'), typed),
      },
      {
        id: 'common',
        text: 'Not a common password, even with letters swapped for numbers or symbols.',
        state: state(has('common password'), longEnough),
      },
      {
        id: 'sequence',
        text: 'No simple sequences or repeats, such as 123456, abcdef or aaaa.',
        state: state(has('sequences'), longEnough),
      },
      {
        id: 'personal',
        text: 'Not your name, your username or the organisation name.',
        state: state(has('Do not include'), typed),
      },
    ],
  };
}
