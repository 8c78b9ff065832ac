/** Where the record-of-contact screens live, so other areas can link to them without importing the pages. */
export const RECORD_OF_CONTACT_PATH = '/service-delivery/record-of-contact';
export const PLACES_TO_MEET_PATH = '/service-delivery/places-to-meet';
/** One match's sessions and check-ins, straight from the Record of contact list. */
export const recordOfContactPath = (matchId: string) =>
  `${RECORD_OF_CONTACT_PATH}/${encodeURIComponent(matchId)}`;
