export const SAFEGUARDING_PATH = '/service-delivery/safeguarding';
export const safeguardingConcernPath = (id: string) => `/service-delivery/safeguarding/${id}`;
/** The form any case role uses to raise a concern; `menteeId` or `mentorId` fills in whom it is about. */
export const RAISE_CONCERN_PATH = '/service-delivery/safeguarding/raise';
export const raiseConcernPath = (about?: { menteeId?: string; mentorId?: string }) =>
  about?.menteeId
    ? `${RAISE_CONCERN_PATH}?menteeId=${encodeURIComponent(about.menteeId)}`
    : about?.mentorId
      ? `${RAISE_CONCERN_PATH}?mentorId=${encodeURIComponent(about.mentorId)}`
      : RAISE_CONCERN_PATH;
