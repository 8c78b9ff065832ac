/** Placeholder: its helper replaces this with the real component. Props are fixed. */
export function MatchContactsTab(_props: { matchId: string }) {
  return null;
}
