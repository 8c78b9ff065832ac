import { Checkbox, Grid, NativeSelect, Radio, Group, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { CONTACT_NOTE_MAX } from '../../../../shared/contract/mentoring';
import { formatUkDate, parseUkDate } from '../../../../shared/uk-date';
import { UkDateInput } from '../../../components/UkDateInput';
import { WholeNumberInput } from '../../../components/WholeNumberInput';
import { isFaceToFace, KIND_OPTIONS, SOMEWHERE_ELSE } from './contact-format';

// The record and correct forms share these fields; both forms' values hold at least these keys.
type SessionForm = UseFormReturnType<Record<string, unknown>>;

export interface PlaceChoices {
  /** Places this match has used, most recent first. */
  recent: string[];
  /** The programme's list. */
  programme: string[];
}

/**
 * One session's fields in the order they are typed: date, kind, minutes, place, then the two
 * flags and the brief notes. Native selects, so a keyboard user picks with the first letter and Tab
 * moves on with nothing to open. The place is asked only for face-to-face kinds, and the gate
 * question only for the release-day gate meeting.
 */
export function ContactSessionFields({
  form,
  places,
  dateText,
  onDateText,
  somewhereElse,
  onSomewhereElse,
}: {
  form: SessionForm;
  places: PlaceChoices;
  /** The date box's text as typed (the form holds the ISO date once it reads as one). */
  dateText: string;
  onDateText(text: string): void;
  /** Whether the place is typed rather than chosen. */
  somewhereElse: boolean;
  onSomewhereElse(typed: boolean): void;
}) {
  const v = form.getValues() as Record<string, unknown>;
  const kind = String(v.kind);
  const place = String(v.place ?? '');
  // The place set aside while a call or letter is chosen, put back if a visit is chosen again.
  const setAside = useRef('');
  const recent = places.recent;
  const programme = places.programme.filter((p) => !recent.includes(p));
  const known = recent.includes(place) || programme.includes(place);
  const selectValue = somewhereElse || (place !== '' && !known) ? SOMEWHERE_ELSE : place;

  const setKind = (next: string) => {
    if (isFaceToFace(kind) && !isFaceToFace(next)) {
      setAside.current = place;
      form.setFieldValue('place', '');
    } else if (!isFaceToFace(kind) && isFaceToFace(next) && place === '') {
      form.setFieldValue('place', setAside.current);
    }
    if (next !== 'release_day_gate') form.setFieldValue('leadMentorAttended', null);
    form.setFieldValue('kind', next);
  };

  const gate = form.getInputProps('leadMentorAttended');
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <UkDateInput
          label="Date"
          required
          value={dateText}
          error={form.getInputProps('onDate').error}
          onChange={(typed) => {
            onDateText(typed);
            const parsed = parseUkDate(typed);
            form.setFieldValue('onDate', typed.trim() === '' ? '' : parsed.ok ? parsed.iso : typed);
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <NativeSelect
          label="Kind of contact"
          required
          data={KIND_OPTIONS}
          value={kind}
          error={form.getInputProps('kind').error}
          onChange={(e) => setKind(e.currentTarget.value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
        <WholeNumberInput
          label="Minutes"
          placeholder="None for a letter"
          {...form.getInputProps('minutes')}
          value={String(v.minutes ?? '')}
        />
      </Grid.Col>
      {isFaceToFace(kind) && (
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <NativeSelect
            label="Place"
            required
            value={selectValue}
            error={somewhereElse ? undefined : form.getInputProps('place').error}
            data={[
              { value: '', label: 'Choose a place' },
              ...(recent.length ? [{ group: 'Used by this match', items: recent }] : []),
              { group: 'Places to meet', items: programme },
              { group: 'Not on the lists', items: [{ value: SOMEWHERE_ELSE, label: 'Somewhere else…' }] },
            ]}
            onChange={(e) => {
              const chosen = e.currentTarget.value;
              if (chosen === SOMEWHERE_ELSE) {
                // The box for it comes next in the tab order; focus is not moved, so a keyboard
                // user still typing the choice's name is not sent elsewhere mid-word.
                onSomewhereElse(true);
                form.setFieldValue('place', known ? '' : place);
              } else {
                onSomewhereElse(false);
                form.setFieldValue('place', chosen);
              }
            }}
          />
        </Grid.Col>
      )}
      {isFaceToFace(kind) && selectValue === SOMEWHERE_ELSE && (
        <Grid.Col span={{ base: 12, md: 6 }} offset={{ md: 6 }}>
          <TextInput
            label="Where they met"
            description="Somewhere safe and public, such as a café or a library"
            required
            {...form.getInputProps('place')}
          />
        </Grid.Col>
      )}
      {kind === 'release_day_gate' && (
        <Grid.Col span={12}>
          <Radio.Group
            label="Did a lead mentor go to the gate too?"
            required
            value={gate.value === true ? 'yes' : gate.value === false ? 'no' : ''}
            onChange={(answer) => form.setFieldValue('leadMentorAttended', answer === 'yes')}
            error={gate.error}
          >
            <Group mt={4}>
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Group>
          </Radio.Group>
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Checkbox
          label="They did not turn up (a no-show)"
          {...form.getInputProps('noShow', { type: 'checkbox' })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Checkbox
          label="Raise a concern for the caseworker to follow up"
          {...form.getInputProps('concern', { type: 'checkbox' })}
        />
      </Grid.Col>
      {Boolean(v.concern) && (
        <Grid.Col span={12}>
          <Textarea
            label="What is the concern?"
            required
            autosize
            minRows={2}
            maxLength={CONTACT_NOTE_MAX}
            {...form.getInputProps('concernNote')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Textarea
          label="Brief notes"
          description="Brief and confidential: what matters for the relationship"
          autosize
          minRows={2}
          maxLength={CONTACT_NOTE_MAX}
          {...form.getInputProps('notes')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Textarea
          label="Actions agreed"
          description="Who will do what before next time"
          autosize
          minRows={2}
          maxLength={CONTACT_NOTE_MAX}
          {...form.getInputProps('actionsAgreed')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Textarea
          label="The mentee’s feedback"
          description="What they said about the session"
          autosize
          minRows={2}
          maxLength={CONTACT_NOTE_MAX}
          {...form.getInputProps('menteeFeedback')}
        />
      </Grid.Col>
    </Grid>
  );
}

/** The date box's starting text for an ISO date. */
export const dateTextOf = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatUkDate(iso) : iso);
