import {
  ESTABLISHMENT_KIND_LABELS,
  ESTABLISHMENT_KINDS,
  type EstablishmentKind,
} from '../../../../shared/establishments';

export const kindLabel = (kind: EstablishmentKind): string => ESTABLISHMENT_KIND_LABELS[kind];

export const KIND_OPTIONS = ESTABLISHMENT_KINDS.map((value) => ({
  value,
  label: ESTABLISHMENT_KIND_LABELS[value],
}));

/** The address as lines, blank parts left out (UK order: lines, town, postcode). */
export function addressLines(e: {
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
}): string[] {
  return [e.addressLine1, e.addressLine2, e.town, e.postcode].map((part) => part.trim()).filter(Boolean);
}
