import { checkPassphrase, type PassphraseContext } from '../../../../shared/passphrase';

// No look-alike characters (0/o, 1/l/i), so it can be read out or written down without mistakes.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random temporary passphrase such as "k7mq-x4tp-9hwd-r2fz" that passes the rules. */
export function suggestPassphrase(context: PassphraseContext): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    const candidate = chars.match(/.{4}/g)?.join('-') ?? chars;
    if (checkPassphrase(candidate, context).acceptable) return candidate;
  }
}
