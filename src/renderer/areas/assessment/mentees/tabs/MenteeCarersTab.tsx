/** Placeholder: the assessment helper replaces this with the real tab. Props are fixed. */
export function MenteeCarersTab(_props: { menteeId: string }) {
  return null;
}
