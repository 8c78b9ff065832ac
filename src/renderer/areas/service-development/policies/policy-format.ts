import {
  INSURANCE_KINDS,
  INSURANCE_KIND_LABELS,
  LITERATURE_AUDIENCES,
  LITERATURE_AUDIENCE_LABELS,
  LITERATURE_FORMATS,
  LITERATURE_FORMAT_LABELS,
  LITERATURE_KINDS,
  LITERATURE_KIND_LABELS,
  POLICY_KINDS,
  POLICY_KIND_LABELS,
  POLICY_STATUSES,
  POLICY_STATUS_LABELS,
} from '../../../../shared/policies/policies';

/** Select options from the shared word lists, in their fixed order. */
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((value) => ({ value, label: labels[value] }));

export const POLICY_KIND_OPTIONS = options(POLICY_KINDS, POLICY_KIND_LABELS);
export const POLICY_STATUS_OPTIONS = options(POLICY_STATUSES, POLICY_STATUS_LABELS);
export const LITERATURE_KIND_OPTIONS = options(LITERATURE_KINDS, LITERATURE_KIND_LABELS);
export const AUDIENCE_OPTIONS = options(LITERATURE_AUDIENCES, LITERATURE_AUDIENCE_LABELS);
export const FORMAT_OPTIONS = options(LITERATURE_FORMATS, LITERATURE_FORMAT_LABELS);
export const INSURANCE_KIND_OPTIONS = options(INSURANCE_KINDS, INSURANCE_KIND_LABELS);

export const STATUS_COLOURS: Record<string, string> = {
  draft: 'gray',
  in_force: 'green',
  under_review: 'yellow',
  withdrawn: 'dark',
};
