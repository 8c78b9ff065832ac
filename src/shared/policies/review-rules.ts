/**
 * Whether a policy or insurance is in date for the standards' counts. When a review or renewal is
 * due on the work queue is the shared governance rule in `../governance/review-due`.
 */

/**
 * Standards 1 and 24: a recommended policy counts as present and in date when one of its kind is in
 * force, its current version has a document, and its review date has not passed (today is still
 * in date).
 */
export function policyInDate(
  p: { status: string; hasDocument: boolean; reviewOn: string | null },
  today: string,
): boolean {
  return p.status === 'in_force' && p.hasDocument && p.reviewOn !== null && p.reviewOn >= today;
}

/** Standard 25: insurance is in date from its start day to its expiry day, both included. */
export function insuranceInDate(i: { startsOn: string; expiresOn: string }, today: string): boolean {
  return i.startsOn <= today && today <= i.expiresOn;
}
