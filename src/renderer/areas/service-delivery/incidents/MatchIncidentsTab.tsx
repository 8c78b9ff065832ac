/** Placeholder: its helper replaces this with the real component. Props are fixed. */
export function MatchIncidentsTab(_props: { matchId: string }) {
  return null;
}
