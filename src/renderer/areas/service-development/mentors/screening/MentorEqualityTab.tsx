/** Placeholder: the screening helper replaces this with the real tab. Props are fixed. */
export function MentorEqualityTab(_props: { mentorId: string }) {
  return null;
}
