import type { EntityManager } from 'typeorm';
import type { PolicyIndicators } from '../../../shared/contract/policies';
import { RECOMMENDED_POLICY_KINDS } from '../../../shared/policies/policies';
import { insuranceInDate, policyInDate } from '../../../shared/policies/review-rules';
import { heldInsurance } from './governance.queries';
import { recommendedPolicyFacts } from './policy.queries';

/**
 * Standards 1 and 24 (the six recommended policies present, in force, with a document, in date)
 * and 25 (insurance held is in date). Counts only: a regional manager may read them.
 */
export async function policyIndicators(em: EntityManager, today: string): Promise<PolicyIndicators> {
  const facts = await recommendedPolicyFacts(em);
  const counted = new Set(
    facts.filter((p) => policyInDate({ ...p, hasDocument: !!p.hasDocument }, today)).map((p) => p.kind),
  );
  const held = await heldInsurance(em);
  return {
    policies: {
      numerator: RECOMMENDED_POLICY_KINDS.filter((k) => counted.has(k)).length,
      denominator: RECOMMENDED_POLICY_KINDS.length,
    },
    missingKinds: RECOMMENDED_POLICY_KINDS.filter((k) => !counted.has(k)),
    insurance: { numerator: held.filter((i) => insuranceInDate(i, today)).length, denominator: held.length },
  };
}
