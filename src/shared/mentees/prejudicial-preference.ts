/**
 * A mentee may say what they would like in a mentor, but a preference that rules people out by
 * ethnicity, religion or sexuality could be prejudicial: a co-ordinator looks at it before it is
 * used in matching. Any ethnicity preference is flagged; so are words in "other" that exclude a
 * group ("no black mentors", "not gay", "don't want a muslim").
 */
const GROUPS = [
  'black',
  'white',
  'asian',
  'brown',
  'muslim',
  'islam',
  'jew',
  'jewish',
  'christian',
  'hindu',
  'sikh',
  'religious',
  'gay',
  'lesbian',
  'bisexual',
  'trans',
  'transgender',
  'queer',
  'gypsy',
  'traveller',
  'foreign',
  'foreigner',
  'immigrant',
  'polish',
  'irish',
  'african',
  'caribbean',
  'pakistani',
  'indian',
  'english',
  'british',
  'race',
  'colour',
  'color',
  'ethnic',
  'ethnicity',
  'religion',
  'sexuality',
];
const EXCLUDING = String.raw`(?:no|not|never|don'?t want|do not want|won'?t have|nobody|anyone but|only)`;
const GROUP = String.raw`(?:${GROUPS.join('|')})s?`;
const PREJUDICIAL = new RegExp(String.raw`\b${EXCLUDING}\b(?:\s+\w+){0,3}?\s+${GROUP}\b`, 'i');

export function couldBePrejudicial(text: string): boolean {
  return PREJUDICIAL.test(text.replace(/[’‘]/g, "'"));
}

export function needsCoordinatorView(p: { ethnicity: string; other: string }): boolean {
  return p.ethnicity.trim() !== '' || couldBePrejudicial(p.other);
}
