export const COMPLAINTS_PATH = '/service-delivery/complaints';
export const complaintPath = (id: string) => `/service-delivery/complaints/${id}`;
