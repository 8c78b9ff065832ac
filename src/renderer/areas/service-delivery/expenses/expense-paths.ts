export const CLAIMS_PATH = '/expenses';
export const claimPath = (id: string) => `/expenses/claims/${id}`;
