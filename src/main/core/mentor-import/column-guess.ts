import type { ImportField } from '../../../shared/contract/mentor-import';

/**
 * Guessing which mentor detail each column holds from its heading, as people title them in their
 * own lists ("Surname", "DOB", "How did you hear about us?"). The person checks and changes the
 * guess before anything is imported; a column nobody recognises is ignored.
 */
const HEADINGS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['firstName', ['first name', 'firstname', 'forename', 'forenames', 'given name', 'first']],
  ['lastName', ['last name', 'lastname', 'surname', 'family name', 'second name']],
  ['preferredName', ['preferred name', 'known as', 'nickname', 'preferred']],
  ['dateOfBirth', ['date of birth', 'dob', 'd o b', 'birth date', 'birthday', 'born']],
  ['email', ['email', 'e mail', 'email address', 'e mail address']],
  ['phone', ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'telephone number', 'contact number']],
  ['addressLine1', ['address', 'address line 1', 'address 1', 'street', 'house']],
  ['addressLine2', ['address line 2', 'address 2']],
  ['town', ['town', 'city', 'town or city', 'town city']],
  ['postcode', ['postcode', 'post code', 'postal code', 'zip']],
  [
    'enquiryDate',
    [
      'enquiry date',
      'date of enquiry',
      'first enquiry',
      'date of first enquiry',
      'enquired',
      'first contact',
      'date enquired',
      'inquiry date',
    ],
  ],
  [
    'heardVia',
    [
      'how did you hear',
      'how heard',
      'heard via',
      'how they heard',
      'source',
      'referral source',
      'heard about us',
      'recruitment source',
    ],
  ],
  [
    'applicationDate',
    ['application date', 'date of application', 'applied', 'date applied', 'application received'],
  ],
  [
    'motivation',
    ['motivation', 'why', 'reason for volunteering', 'why volunteer', 'why do you want to volunteer'],
  ],
  ['hopes', ['hopes', 'hope to achieve', 'what they hope', 'hope to gain', 'expectations']],
  [
    'employmentStatus',
    ['employment', 'employment status', 'occupation status', 'work status', 'employment or education'],
  ],
  ['interests', ['interests', 'hobbies']],
  ['skills', ['skills', 'experience']],
  ['languages', ['languages', 'language', 'languages spoken']],
  ['learningStyle', ['learning style', 'honey and mumford', 'learning styles']],
  ['availability', ['availability', 'days available', 'available days', 'days']],
  ['availabilityNotes', ['availability notes', 'availability comments']],
  ['travelArea', ['travel area', 'travel', 'can travel', 'where they can travel', 'area']],
  ['notes', ['notes', 'comments', 'note', 'remarks']],
];

/** Lower case, letters and digits only, single spaces: "D.O.B." → "d o b", "E-mail" → "e mail". */
export const normaliseHeading = (h: string): string =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A detail for each heading, or null. An exact heading wins over a heading that merely starts with
 * a known phrase ("How did you hear about us?"); each detail is given to one column only.
 */
export function guessMapping(headings: readonly string[]): (ImportField | null)[] {
  const normal = headings.map(normaliseHeading);
  const out: (ImportField | null)[] = normal.map(() => null);
  const used = new Set<ImportField>();
  const assign = (matches: (h: string, phrase: string) => boolean) => {
    normal.forEach((h, i) => {
      if (out[i] || h === '') return;
      const hit = HEADINGS.find(([field, phrases]) => !used.has(field) && phrases.some((p) => matches(h, p)));
      if (hit) {
        out[i] = hit[0];
        used.add(hit[0]);
      }
    });
  };
  assign((h, p) => h === p);
  assign((h, p) => p.length >= 4 && h.startsWith(`${p} `));
  assign((h, p) => p.length >= 5 && h.includes(p));
  return out;
}
