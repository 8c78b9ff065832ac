/** Establishments: the kinds of place and the words the screens use for them. */
export const ESTABLISHMENT_KINDS = ['prison', 'yoi', 'probation_office', 'community_venue'] as const;
export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number];

export const ESTABLISHMENT_KIND_LABELS: Record<EstablishmentKind, string> = {
  prison: 'Prison',
  yoi: 'Young offender institution',
  probation_office: 'Probation office',
  community_venue: 'Community venue',
};

export const ESTABLISHMENT_SORTS = ['name', 'kind', 'town', 'cluster'] as const;
