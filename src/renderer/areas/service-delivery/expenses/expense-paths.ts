export const CLAIMS_PATH = '/expenses';
export const claimPath = (id: string) => `/expenses/claims/${id}`;
export const NEW_CLAIM_PATH = '/expenses/claims/new';
export const editClaimPath = (id: string) => `/expenses/claims/${id}/edit`;
