/** The mentors screens' addresses (kept apart from the routes file, which imports the screens). */
export const MENTORS_PATH = '/service-development/mentors';
export const PIPELINE_PATH = '/service-development/pipeline';
export const SOURCES_PATH = '/service-development/recruitment-sources';
export const mentorPath = (id: string) => `${MENTORS_PATH}/${id}`;
export const editMentorPath = (id: string) => `${MENTORS_PATH}/${id}/edit`;
export const mentorFilePath = (id: string) => `${MENTORS_PATH}/${id}/file`;
