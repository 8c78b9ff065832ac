import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { formatUkDate, parseUkDate } from '../../shared/uk-date';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'rightSection'> & {
  /** Exactly what was typed (the form checks it with readDateField). */
  value?: string;
  onChange(value: string): void;
};

/**
 * A date typed the UK way (23/11/2026, 23.11.26, 1-2-2027…), with a calendar to pick from.
 * What was typed is kept as typed: a date that cannot be read gets a message saying why (see
 * shared/uk-date.ts) instead of quietly disappearing, as a date picker's own box does.
 */
export function UkDateInput({ value = '', onChange, label, ...rest }: Props) {
  const [picking, setPicking] = useState(false);
  const parsed = parseUkDate(value);
  return (
    <TextInput
      label={label}
      placeholder="DD/MM/YYYY"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={
        <Popover opened={picking} onChange={setPicking} position="bottom-end" withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Choose ${typeof label === 'string' ? label.toLowerCase() : 'a'} date from a calendar`}
              onClick={() => setPicking((o) => !o)}
            >
              <IconCalendar size={16} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={parsed.ok ? parsed.iso : null}
              defaultDate={parsed.ok ? parsed.iso : undefined}
              onChange={(picked) => {
                if (picked) onChange(formatUkDate(picked));
                setPicking(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
      {...rest}
    />
  );
}

/**
 * For a form's validate: an optional date box. Returns the ISO date, nothing for an empty box,
 * or the plain-English problem.
 */
export function readDateField(text: string): { iso?: string; error?: string } {
  if (text.trim() === '') return {};
  const r = parseUkDate(text);
  return r.ok ? { iso: r.iso } : { error: r.message };
}
