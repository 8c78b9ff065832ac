import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { penceToPounds, poundsToPence } from '../../../../shared/expenses/pounds';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: number | null | undefined;
  onChange(value: number | null): void;
};

/** What the form holds for typed text: null for nothing, the number, or NaN (the schema says why). */
function useTypedNumber(
  value: number | null | undefined,
  onChange: (v: number | null) => void,
  read: (text: string) => number | null,
  show: (n: number) => string,
) {
  const [text, setText] = useState(() =>
    typeof value === 'number' && !Number.isNaN(value) ? show(value) : '',
  );
  useEffect(() => {
    // The form was reset or a draft restored: show its value.
    const current = text.trim() ? read(text) : null;
    if (value !== current && !(Number.isNaN(value) && current === null && text.trim()))
      setText(typeof value === 'number' && !Number.isNaN(value) ? show(value) : '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only outside changes of the value matter
  }, [value]);
  return {
    value: text,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const t = e.currentTarget.value;
      setText(t);
      onChange(t.trim() === '' ? null : (read(t) ?? Number.NaN));
    },
  };
}

/** A sum typed in pounds ("12.50", "£3"), held by the form in whole pence. */
export function PenceField({ value, onChange, ...rest }: Props) {
  const typed = useTypedNumber(value, onChange, poundsToPence, penceToPounds);
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      leftSection={<span aria-hidden>£</span>}
      {...rest}
      {...typed}
    />
  );
}

const readMiles = (t: string): number | null => (/^\d+(\.\d+)?$/.test(t.trim()) ? Number(t.trim()) : null);

/** Miles to a tenth ("12.5"). */
export function MilesField({ value, onChange, ...rest }: Props) {
  const typed = useTypedNumber(value, onChange, readMiles, (n) => String(n));
  return <TextInput inputMode="decimal" autoComplete="off" spellCheck={false} {...rest} {...typed} />;
}
