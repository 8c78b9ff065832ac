export const SAFEGUARDING_PATH = '/safeguarding';
export const safeguardingConcernPath = (id: string) => `/safeguarding/${id}`;
