import { useState } from 'react';
import { formatUkDate, parseUkDate } from '../../../shared/uk-date';
import { UkDateInput } from '../../components/UkDateInput';

/**
 * A UK date box over an ISO value: the form holds the ISO date once what was typed reads as one,
 * and the typed text otherwise (so the form's own check says what is wrong with it).
 */
export function IsoDateField({
  label,
  value,
  onChange,
  error,
  required,
  description,
}: {
  label: string;
  value: string | null | undefined;
  onChange(value: string | null): void;
  error?: React.ReactNode;
  required?: boolean;
  description?: string;
}) {
  const [text, setText] = useState(value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatUkDate(value) : '');
  return (
    <UkDateInput
      label={label}
      required={required}
      description={description}
      value={text}
      error={error}
      onChange={(typed) => {
        setText(typed);
        if (typed.trim() === '') return onChange(required ? '' : null);
        const parsed = parseUkDate(typed);
        onChange(parsed.ok ? parsed.iso : typed);
      }}
    />
  );
}
