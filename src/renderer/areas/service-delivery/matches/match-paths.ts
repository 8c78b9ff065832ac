/** Where match screens live, so other areas can link to them without importing the pages. */
export const MATCHES_PATH = '/service-delivery/matches';
export const MATCH_TABS = [
  'overview',
  'contacts',
  'check-ins',
  'plan',
  'reviews',
  'incidents',
  'ending',
] as const;
export type MatchTab = (typeof MATCH_TABS)[number];
export const matchPath = (id: string, tab?: MatchTab) =>
  `${MATCHES_PATH}/${encodeURIComponent(id)}${tab && tab !== 'overview' ? `?tab=${tab}` : ''}`;
export const matchFilePath = (id: string) => `${MATCHES_PATH}/${encodeURIComponent(id)}/file`;
/** Suggestions for one ready mentee. */
export const suggestionsPath = (menteeId: string) =>
  `/service-delivery/matching/${encodeURIComponent(menteeId)}`;
