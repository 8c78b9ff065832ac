import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * A box for a sum in pounds. Text on purpose (as WholeNumberInput): what was typed is kept so the
 * form can say what is wrong, and `poundsToPence` turns it into whole pence before it is sent.
 */
export function PoundsInput(props: Omit<TextInputProps, 'type' | 'inputMode' | 'leftSection'>) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      leftSection={<span aria-hidden>£</span>}
      maw={220}
      {...props}
    />
  );
}
