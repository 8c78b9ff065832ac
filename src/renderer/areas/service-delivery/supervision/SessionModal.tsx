import { Button, Stack, Text, TextInput } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { GroupSession } from '../../../../shared/contract/supervision';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';

const c = contract.supervision;

/**
 * Plan a year of group supervision from its first date (`year`), add one date, or change one.
 * The three share the fields; the year's interval comes from the programme's settings.
 */
export function SessionModal({
  mode,
  session,
  weeks,
  onClose,
}: {
  mode: 'year' | 'one';
  session?: GroupSession;
  weeks: number;
  onClose(): void;
}) {
  const initial = {
    heldOn: session?.heldOn ?? '',
    startsAt: session?.startsAt ?? '18:30',
    venue: session?.venue ?? '',
    ledBy: session?.ledBy ?? '',
  };
  const year = useChannelForm(c.scheduleYear, {
    initialValues: initial,
    guard: false,
    onSaved: (out) => {
      notifySaved(
        'Year planned',
        `${out.created} dates added${out.skipped ? `, ${out.skipped} already planned` : ''}.`,
      );
      onClose();
    },
  });
  const one = useChannelForm(c.saveSession, {
    initialValues: { ...initial, ...(session ? { id: session.id } : {}) },
    guard: false,
    onSaved: () => {
      notifySaved(session ? 'Date changed' : 'Date added', 'The calendar has been updated.');
      onClose();
    },
  });
  const { form, onSubmit, formError, submitting, dirty } = (mode === 'year' ? year : one) as typeof one;
  const title =
    mode === 'year' ? 'Plan the year’s group supervision' : session ? 'Change the date' : 'Add a date';
  return (
    <FormModal opened title={title} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          {mode === 'year' && (
            <Text size="sm">
              Dates are planned every {weeks} weeks for twelve months from the first one, as the programme’s
              settings say. Days that already have a session are left as they are. New dates start as planned:
              publish them when mentors have been told.
            </Text>
          )}
          <IsoDateField
            label={mode === 'year' ? 'First date' : 'Date'}
            required
            value={form.getValues().heldOn}
            onChange={(v) => form.setFieldValue('heldOn', v ?? '')}
            error={form.errors.heldOn}
          />
          <TextInput
            label="Start time"
            description="24-hour clock, like 18:30"
            required
            {...form.getInputProps('startsAt')}
          />
          <TextInput label="Venue" {...form.getInputProps('venue')} />
          <TextInput label="Led by" {...form.getInputProps('ledBy')} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {mode === 'year' ? 'Plan the dates' : 'Save the date'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
