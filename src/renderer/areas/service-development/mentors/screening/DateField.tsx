import { useEffect, useState } from 'react';
import { formatUkDate, parseUkDate } from '../../../../../shared/uk-date';
import { UkDateInput } from '../../../../components/UkDateInput';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What the form holds for some typed text: '' for nothing, the ISO date, or the text itself. */
const toValue = (text: string): string => {
  if (text.trim() === '') return '';
  const r = parseUkDate(text);
  return r.ok ? r.iso : text;
};

type Props = Omit<Parameters<typeof UkDateInput>[0], 'value' | 'onChange'> & {
  /** ISO date from the form (or '' / null for none). */
  value?: string | null;
  onChange(value: string): void;
};

/**
 * A UK date box over a form value held as ISO (what the contract takes). The typed text is kept
 * as typed; the form gets the ISO date once it reads as one, or the text itself, which the
 * schema refuses, and then the box says exactly what is wrong with it.
 */
export function DateField({ value, onChange, error, ...rest }: Props) {
  const [text, setText] = useState(() => (value && ISO.test(value) ? formatUkDate(value) : (value ?? '')));
  useEffect(() => {
    // The form was reset or filled from elsewhere: show its value.
    const wanted = value ?? '';
    if (toValue(text) !== wanted) setText(ISO.test(wanted) ? formatUkDate(wanted) : wanted);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only outside changes of the value matter
  }, [value]);
  const parsed = text.trim() ? parseUkDate(text) : null;
  return (
    <UkDateInput
      {...rest}
      value={text}
      onChange={(t) => {
        setText(t);
        onChange(toValue(t));
      }}
      error={error && parsed && !parsed.ok ? parsed.message : error}
    />
  );
}
