/** The mentees screens' addresses (kept apart from the routes file, which imports the screens). */
export const MENTEES_PATH = '/assessment/mentees';
export const NEW_REFERRAL_PATH = `${MENTEES_PATH}/new`;
export const CRITERIA_PATH = '/assessment/referral-criteria';
export const SELF_REFERRAL_PATH = `${MENTEES_PATH}/self-referral`;
export const menteePath = (id: string) => `${MENTEES_PATH}/${id}`;
export const editMenteePath = (id: string) => `${MENTEES_PATH}/${id}/edit`;
export const menteeFilePath = (id: string) => `${MENTEES_PATH}/${id}/file`;
