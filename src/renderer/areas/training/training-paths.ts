/** The training screens' addresses (apart from the routes file, which imports the screens). */
export const TRAINING_REGISTER_PATH = '/training/register';
export const COURSES_PATH = '/training/courses';
export const sessionPath = (id: string) => `/training/sessions/${id}`;
