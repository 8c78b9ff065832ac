/** Placeholder: its helper replaces this with the real component. Props are fixed. */
export function MatchPlanTab(_props: { matchId: string }) {
  return null;
}
