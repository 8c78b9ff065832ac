export const SUPERVISION_PATH = '/service-delivery/supervision';
/** One mentor's supervision: individual sessions, group attendance and telephone support. */
export const supervisionMentorPath = (mentorId: string) =>
  `/service-delivery/supervision/mentors/${mentorId}`;
/** One group supervision session and its attendance register. */
export const supervisionSessionPath = (sessionId: string) =>
  `/service-delivery/supervision/sessions/${sessionId}`;
/** The Supervision screen on one of its tabs. */
export const supervisionTabPath = (tab: 'calendar' | 'due' | 'calls') =>
  `/service-delivery/supervision?tab=${tab}`;
