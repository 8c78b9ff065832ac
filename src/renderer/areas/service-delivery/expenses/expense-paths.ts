export const CLAIMS_PATH = '/service-delivery/expenses';
export const claimPath = (id: string) => `/service-delivery/expenses/claims/${id}`;
export const NEW_CLAIM_PATH = '/service-delivery/expenses/claims/new';
export const editClaimPath = (id: string) => `/service-delivery/expenses/claims/${id}/edit`;
