export const PARTNERS_PATH = '/partners';
export const partnerPath = (id: string) => `/partners/${id}`;
