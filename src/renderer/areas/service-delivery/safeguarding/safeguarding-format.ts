import {
  CONCERN_ABOUT,
  CONCERN_ABOUT_LABELS,
  CONCERN_KINDS,
  CONCERN_KIND_LABELS,
  CONCERN_STATUSES,
  CONCERN_STATUS_LABELS,
  type ConcernStatus,
} from '../../../../shared/safeguarding/safeguarding';

export const KIND_OPTIONS = CONCERN_KINDS.map((value) => ({ value, label: CONCERN_KIND_LABELS[value] }));
export const ABOUT_OPTIONS = CONCERN_ABOUT.map((value) => ({ value, label: CONCERN_ABOUT_LABELS[value] }));
export const STATUS_OPTIONS = CONCERN_STATUSES.map((value) => ({
  value,
  label: CONCERN_STATUS_LABELS[value],
}));

export const STATUS_COLOURS: Record<ConcernStatus, string> = {
  open: 'red',
  referred: 'orange',
  monitoring: 'blue',
  closed: 'gray',
};

/**
 * What a field the core withheld reads as: the core sends null for a class the caller may not
 * read, and a blank would look like "nothing recorded", which is not the same thing.
 */
export const RESTRICTED = 'Restricted';
export const RESTRICTED_NOTE = 'Detail is visible to the safeguarding lead only.';
