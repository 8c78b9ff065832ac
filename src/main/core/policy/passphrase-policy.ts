import { CoreError } from '../../../shared/errors';
import { checkPassphrase, type PassphraseContext } from '../../../shared/passphrase';

/**
 * Enforce the shared passphrase rules with everything the core knows about the person — their
 * username, name and the organisation — so the core refuses exactly what the form warns about.
 */
export function assertPassphraseRules(passphrase: string, context: PassphraseContext, field: string): void {
  const problems = checkPassphrase(passphrase, context).problems;
  if (problems.length) {
    throw new CoreError('VALIDATION', 'One answer needs correcting.', {
      fieldErrors: { [field]: problems[0]! },
    });
  }
}
