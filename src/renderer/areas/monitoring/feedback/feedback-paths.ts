export const FEEDBACK_PATH = '/monitoring/feedback';
/**
 * The feedback list's menu address: the menu marks an entry for every path under it, so the list
 * sits beside the actions and involvement rather than above them (`/monitoring/feedback` shows it too).
 */
export const FEEDBACK_LIST_PATH = '/monitoring/feedback/received';
/** A "you said, we did" action. */
export const feedbackActionPath = (id: string) => `/monitoring/feedback/actions/${id}`;
/** Every "you said, we did" action. */
export const ACTIONS_PATH = '/monitoring/feedback/actions';
/** The published "you said, we did" list, plain enough to print for a noticeboard. */
export const PUBLISHED_PATH = '/monitoring/feedback/actions/published';
/** Service-user involvement (standard 30). */
export const INVOLVEMENT_PATH = '/monitoring/feedback/involvement';
