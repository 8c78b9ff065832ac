/** Where the Individual needs lists for plans and reviews live. */
export const ACTION_PLANS_PATH = '/individual-needs/action-plans';
export const REVIEWS_DUE_PATH = '/individual-needs/reviews-due';
