import { MENTORS_PATH } from '../mentors/mentor-paths';

/** The import screen's address. */
export const IMPORT_MENTORS_PATH = '/service-development/import-mentors';
/** The mentors list, where the result sends people (the mentors area owns its address). */
export const MENTORS_LIST_PATH = MENTORS_PATH;
