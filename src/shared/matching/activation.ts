import type { MatchStage } from './match';

/**
 * What a match still needs before it can become active (the manual's order: both sides agree, the
 * match risk assessment is signed off, the three-way meeting is held and the agreement is signed by
 * both). Pure: the core gathers the facts, this says what is missing, in the words the screens and
 * the `GATE_NOT_MET` refusal both use.
 */
export const ACTIVATION_CONDITIONS = [
  'open',
  'mentor_agreed',
  'mentee_agreed',
  'risk_assessment',
  'meeting',
  'agreement',
  'mentor_signed',
  'mentee_signed',
] as const;
export type ActivationCondition = (typeof ACTIVATION_CONDITIONS)[number];

export interface ActivationFacts {
  stage: MatchStage;
  /** A version of the match risk assessment has been signed off. */
  riskSignedOff: boolean;
  meetingRecorded: boolean;
  agreementSaved: boolean;
  mentorSignedOn: string | null;
  menteeSignedOn: string | null;
}

export interface ActivationUnmet {
  condition: ActivationCondition;
  message: string;
}

export function activationUnmet(f: ActivationFacts): ActivationUnmet[] {
  if (f.stage === 'active' || f.stage === 'ended') return [];
  if (f.stage === 'declined')
    return [{ condition: 'open', message: 'This match was declined, so it cannot become active.' }];
  const unmet: ActivationUnmet[] = [];
  if (f.stage === 'proposed')
    unmet.push({ condition: 'mentor_agreed', message: 'Record the mentor’s agreement to the match.' });
  if (f.stage === 'proposed' || f.stage === 'mentor_agreed')
    unmet.push({ condition: 'mentee_agreed', message: 'Record the mentee’s agreement to the match.' });
  if (!f.riskSignedOff)
    unmet.push({ condition: 'risk_assessment', message: 'Complete and sign off the match risk assessment.' });
  if (!f.meetingRecorded)
    unmet.push({ condition: 'meeting', message: 'Record the three-way matching meeting.' });
  if (!f.agreementSaved) unmet.push({ condition: 'agreement', message: 'Write the mentoring agreement.' });
  if (!f.mentorSignedOn)
    unmet.push({ condition: 'mentor_signed', message: 'Record the date the mentor signed the agreement.' });
  if (!f.menteeSignedOn)
    unmet.push({ condition: 'mentee_signed', message: 'Record the date the mentee signed the agreement.' });
  return unmet;
}
