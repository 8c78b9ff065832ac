export const POLICIES_PATH = '/service-development/policies';
export const policyPath = (id: string) => `/service-development/policies/${id}`;
export const INSURANCE_PATH = '/service-development/insurance';
export const insurancePath = (id: string) => `/service-development/insurance/${id}`;
