export const PARTNERS_PATH = '/service-development/partners';
export const partnerPath = (id: string) => `/service-development/partners/${id}`;
