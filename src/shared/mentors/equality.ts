/**
 * Equality monitoring answers (standard 9), kept apart from the mentor record. Ethnicity uses the
 * ONS 2021 census categories for England and Wales; every question offers "prefer not to say".
 */
export const PREFER_NOT = 'prefer_not_to_say';

export const AGE_BANDS = ['16_24', '25_34', '35_44', '45_54', '55_64', '65_plus', PREFER_NOT] as const;
export const AGE_BAND_LABELS: Record<(typeof AGE_BANDS)[number], string> = {
  '16_24': '16 to 24',
  '25_34': '25 to 34',
  '35_44': '35 to 44',
  '45_54': '45 to 54',
  '55_64': '55 to 64',
  '65_plus': '65 or over',
  prefer_not_to_say: 'Prefer not to say',
};

export const GENDERS = ['woman', 'man', 'non_binary', 'self_described', PREFER_NOT] as const;
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = {
  woman: 'Woman',
  man: 'Man',
  non_binary: 'Non-binary',
  self_described: 'In another way',
  prefer_not_to_say: 'Prefer not to say',
};

/** ONS 2021: five high-level groups, nineteen categories. */
export const ETHNICITY_GROUPS = {
  'Asian or Asian British': ['Bangladeshi', 'Chinese', 'Indian', 'Pakistani', 'Any other Asian background'],
  'Black, Black British, Caribbean or African': ['African', 'Caribbean', 'Any other Black background'],
  'Mixed or multiple ethnic groups': [
    'White and Asian',
    'White and Black African',
    'White and Black Caribbean',
    'Any other Mixed or multiple background',
  ],
  White: [
    'English, Welsh, Scottish, Northern Irish or British',
    'Irish',
    'Gypsy or Irish Traveller',
    'Roma',
    'Any other White background',
  ],
  'Other ethnic group': ['Arab', 'Any other ethnic group'],
} as const;
export const ETHNICITIES = [
  ...Object.values(ETHNICITY_GROUPS).flat(),
  'Prefer not to say',
] as readonly string[];
export const ethnicityGroupOf = (ethnicity: string): string =>
  Object.entries(ETHNICITY_GROUPS).find(([, list]) => (list as readonly string[]).includes(ethnicity))?.[0] ??
  'Prefer not to say';

export const DISABILITY_ANSWERS = ['yes', 'no', PREFER_NOT] as const;
export const DISABILITY_LABELS: Record<(typeof DISABILITY_ANSWERS)[number], string> = {
  yes: 'Yes',
  no: 'No',
  prefer_not_to_say: 'Prefer not to say',
};

/** ONS 2021 religion question (optional). */
export const RELIGIONS = [
  'No religion',
  'Buddhist',
  'Christian',
  'Hindu',
  'Jewish',
  'Muslim',
  'Sikh',
  'Any other religion',
  'Prefer not to say',
] as const;

export const SEXUAL_ORIENTATIONS = [
  'Straight or heterosexual',
  'Gay or lesbian',
  'Bisexual',
  'Another sexual orientation',
  'Prefer not to say',
] as const;

/** Cells below this are shown as "fewer than 5" in every aggregate outside co-ordinators. */
export const SMALL_NUMBER_THRESHOLD = 5;
