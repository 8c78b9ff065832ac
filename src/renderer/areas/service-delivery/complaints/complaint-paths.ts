export const COMPLAINTS_PATH = '/complaints';
export const complaintPath = (id: string) => `/complaints/${id}`;
