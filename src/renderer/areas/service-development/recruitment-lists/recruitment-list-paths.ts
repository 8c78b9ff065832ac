/** The recruitment lists' screens' addresses (kept apart from the routes file, which imports the screens). */
export const PERSON_SPEC_PATH = '/service-development/person-specification';
export const EQUALITY_PROFILE_PATH = '/service-development/equality-of-recruitment';
