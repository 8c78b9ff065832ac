import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * A box for a whole number. A text box on purpose: number boxes drop characters they do not like
 * ("-5" becomes 5, "1.5" becomes 15), while this keeps what was typed so the form can say what is
 * wrong (see shared/whole-number.ts). The numeric keyboard still shows on touch screens.
 */
export function WholeNumberInput(props: Omit<TextInputProps, 'type' | 'inputMode'>) {
  return <TextInput inputMode="numeric" autoComplete="off" spellCheck={false} maw={320} {...props} />;
}
