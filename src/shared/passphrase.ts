/**
 * Passphrase rules, shared by the core (which enforces them) and the renderer (which explains them
 * before anything is sent). A passphrase must be at least 12 characters, must not be a common or
 * guessable phrase, and must not contain the person's own name, username or the organisation name.
 */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 256;

// Common passwords and phrases seen in breach lists, and words an attacker would try first here.
const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'administrator',
  'abc123',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'trustno1',
  'starwars',
  'whatever',
  'superman',
  'batman',
  'master',
  'shadow',
  'michael',
  'charlie',
  'liverpool',
  'chelsea',
  'arsenal',
  'changeme',
  'secret',
  'default',
  'probation',
  'prison',
  'mentor',
  'mentoring',
  'waymark',
  'volunteer',
  'summer',
  'winter',
  'spring',
  'autumn',
  'january',
  'february',
  'london',
  'manchester',
  'correcthorsebatterystaple',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'football1',
  'password1',
  'mypassword',
  'passphrase',
  'hello',
  'login',
  'access',
  'computer',
  'internet',
];
const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

export interface PassphraseContext {
  username?: string;
  displayName?: string;
  organisationName?: string;
}

export interface PassphraseCheck {
  acceptable: boolean;
  /** Plain-English reasons it is refused (empty when acceptable). */
  problems: string[];
  /** 0 (very weak) to 4 (strong), for the strength meter. */
  score: 0 | 1 | 2 | 3 | 4;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Strip digits, symbols and common letter swaps so "P@ssw0rd2024!" is seen as "password". */
function deLeet(s: string): string {
  return s
    .toLowerCase()
    .replace(/[@4]/g, 'a')
    .replace(/3/g, 'e')
    .replace(/[1!|]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/[$5]/g, 's')
    .replace(/7/g, 't')
    .replace(/[^a-z]/g, '');
}

function isSequenceOrRepeat(s: string): boolean {
  const n = normalise(s);
  if (n.length === 0) return true;
  if (new Set(n).size <= 3) return true;
  for (const seq of SEQUENCES) {
    if (seq.includes(n) || seq.split('').reverse().join('').includes(n)) return true;
  }
  // Mostly runs like 1234 or 9876, even when they wrap round ("123456789012").
  let stepping = 0;
  for (let i = 1; i < n.length; i++) {
    const d = Math.abs(n.charCodeAt(i) - n.charCodeAt(i - 1));
    if (d === 1 || d === 9) stepping++;
  }
  if (stepping / (n.length - 1) >= 0.7) return true;
  // The same short chunk repeated ("abcabcabcabc").
  for (let size = 1; size <= n.length / 2; size++) {
    if (n.length % size === 0 && n.slice(0, size).repeat(n.length / size) === n) return true;
  }
  return false;
}

function strengthScore(p: string): 0 | 1 | 2 | 3 | 4 {
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[0-9]/.test(p)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(p)) pool += 20;
  const unique = new Set(p).size;
  // Rough entropy, discounted for repeated characters.
  const bits = Math.log2(Math.max(pool, 2)) * Math.min(p.length, unique * 2);
  if (bits < 40) return 0;
  if (bits < 55) return 1;
  if (bits < 70) return 2;
  if (bits < 90) return 3;
  return 4;
}

export function checkPassphrase(passphrase: string, context: PassphraseContext = {}): PassphraseCheck {
  const problems: string[] = [];
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    problems.push(`Use at least ${PASSPHRASE_MIN_LENGTH} characters.`);
  }
  if (passphrase.length > PASSPHRASE_MAX_LENGTH) {
    problems.push(`Use no more than ${PASSPHRASE_MAX_LENGTH} characters.`);
  }
  const plain = deLeet(passphrase);
  const letters = passphrase.toLowerCase().replace(/[^a-z]/g, '');
  const norm = normalise(passphrase);
  const isCommonWithPadding = (base: string) =>
    COMMON.some((c) => base === c || (base.length - c.length <= 5 && base.includes(c)));
  if (passphrase.length >= PASSPHRASE_MIN_LENGTH) {
    if (isCommonWithPadding(plain) || isCommonWithPadding(letters)) {
      problems.push('This is a common password with small changes. Choose words that are not easy to guess.');
    } else if (isSequenceOrRepeat(passphrase)) {
      problems.push('Avoid repeated characters and simple sequences such as 123456 or abcdef.');
    }
  }
  for (const [label, value] of [
    ['your username', context.username],
    ['your name', context.displayName],
    ['the organisation name', context.organisationName],
  ] as const) {
    const parts = (value ?? '')
      .split(/\s+/)
      .map(normalise)
      .filter((p) => p.length >= 4);
    if (parts.some((p) => norm.includes(p) || plain.includes(p))) {
      problems.push(`Do not include ${label}.`);
    }
  }
  const acceptable = problems.length === 0;
  const raw = strengthScore(passphrase);
  return {
    acceptable,
    problems,
    score: acceptable ? (Math.max(raw, 1) as PassphraseCheck['score']) : (Math.min(raw, 1) as 0 | 1),
  };
}
