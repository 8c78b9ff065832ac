/** The import screen's address, and the mentors list it sends people to afterwards. */
export const IMPORT_MENTORS_PATH = '/service-development/import-mentors';
/** The mentors area's list (owned by that area; kept here so this area does not import its screens). */
export const MENTORS_LIST_PATH = '/service-development/mentors';
