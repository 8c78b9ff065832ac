import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { PassphraseContext } from '../../../shared/passphrase';
import { PassphraseRules } from './PassphraseRules';

type Props = Omit<PasswordInputProps, 'value' | 'description'> & {
  value?: string;
  context: PassphraseContext;
};

/**
 * A new-passphrase input with the rules and strength meter underneath as its description, so a
 * screen reader hears the rules with the field.
 */
export function NewPassphraseInput({ value, context, ...rest }: Props) {
  return (
    <PasswordInput
      autoComplete="new-password"
      value={value ?? ''}
      inputWrapperOrder={['label', 'input', 'error', 'description']}
      description={<PassphraseRules value={value ?? ''} context={context} />}
      // The rules are a list, which may not sit inside the default <p>.
      descriptionProps={{ component: 'div' } as PasswordInputProps['descriptionProps']}
      {...rest}
    />
  );
}
