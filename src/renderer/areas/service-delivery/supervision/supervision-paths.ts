export const SUPERVISION_PATH = '/supervision';
/** One mentor's supervision: individual sessions, group attendance and telephone support. */
export const supervisionMentorPath = (mentorId: string) => `/supervision/mentors/${mentorId}`;
/** One group supervision session and its attendance register. */
export const supervisionSessionPath = (sessionId: string) => `/supervision/sessions/${sessionId}`;
/** The Supervision screen on one of its tabs. */
export const supervisionTabPath = (tab: 'calendar' | 'due' | 'calls') => `/supervision?tab=${tab}`;
