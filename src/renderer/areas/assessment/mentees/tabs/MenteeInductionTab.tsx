/** Placeholder: the assessment helper replaces this with the real tab. Props are fixed. */
export function MenteeInductionTab(_props: { menteeId: string }) {
  return null;
}
