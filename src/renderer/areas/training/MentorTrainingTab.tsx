/** Placeholder: the training helper replaces this with the real tab. Props are fixed. */
export function MentorTrainingTab(_props: { mentorId: string }) {
  return null;
}
