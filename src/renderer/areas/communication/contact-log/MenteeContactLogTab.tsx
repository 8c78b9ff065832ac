/** Placeholder: replaced with the real staff contact log tab. Props are fixed. */
export function MenteeContactLogTab(_props: { menteeId: string }) {
  return null;
}
