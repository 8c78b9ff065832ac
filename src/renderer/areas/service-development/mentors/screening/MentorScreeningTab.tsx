/** Placeholder: the screening helper replaces this with the real tab. Props are fixed. */
export function MentorScreeningTab(_props: { mentorId: string }) {
  return null;
}
