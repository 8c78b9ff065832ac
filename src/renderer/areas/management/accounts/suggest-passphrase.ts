import { checkPassphrase, type PassphraseContext } from '../../../../shared/passphrase';
import { PASSPHRASE_WORDS } from './passphrase-words';

/** An unbiased random index below `n` (rejection sampling, so no word is likelier than another). */
function randomIndex(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const [value] = crypto.getRandomValues(new Uint32Array(1));
    if (value! < limit) return value! % n;
  }
}

/**
 * A temporary passphrase an administrator can read out or write down without mistakes: four
 * common words and a digit, such as "maple lantern otter cobalt 7". It is used once, to sign in
 * and choose a passphrase of their own, and must pass the same rules as any other.
 */
export function suggestPassphrase(context: PassphraseContext): string {
  for (;;) {
    const words = Array.from({ length: 4 }, () => PASSPHRASE_WORDS[randomIndex(PASSPHRASE_WORDS.length)]!);
    if (new Set(words).size < words.length) continue;
    const candidate = `${words.join(' ')} ${randomIndex(10)}`;
    if (checkPassphrase(candidate, context).acceptable) return candidate;
  }
}
