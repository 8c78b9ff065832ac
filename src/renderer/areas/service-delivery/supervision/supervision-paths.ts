export const SUPERVISION_PATH = '/supervision';
/** One mentor's supervision: individual sessions, group attendance and telephone support. */
export const supervisionMentorPath = (mentorId: string) => `/supervision/mentors/${mentorId}`;
