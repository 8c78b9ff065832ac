export const FEEDBACK_PATH = '/feedback';
/** A "you said, we did" action. */
export const feedbackActionPath = (id: string) => `/feedback/actions/${id}`;
/** Every "you said, we did" action. */
export const ACTIONS_PATH = '/feedback/actions';
/** The published "you said, we did" list, plain enough to print for a noticeboard. */
export const PUBLISHED_PATH = '/feedback/you-said-we-did';
/** Service-user involvement (standard 30). */
export const INVOLVEMENT_PATH = '/feedback/involvement';
