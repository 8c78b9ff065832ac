export const FEEDBACK_PATH = '/feedback';
/** A "you said, we did" action. */
export const feedbackActionPath = (id: string) => `/feedback/actions/${id}`;
