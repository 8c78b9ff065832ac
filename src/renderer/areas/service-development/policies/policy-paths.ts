export const POLICIES_PATH = '/policies';
export const policyPath = (id: string) => `/policies/${id}`;
export const INSURANCE_PATH = '/insurance';
export const insurancePath = (id: string) => `/insurance/${id}`;
