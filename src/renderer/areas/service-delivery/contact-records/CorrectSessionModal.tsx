import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ContactRecord } from '../../../../shared/contract/mentoring';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { ContactSessionFields, dateTextOf, type PlaceChoices } from './ContactSessionFields';
import { saveOnEnter } from './contact-format';

/** Correct a recorded session; the core works out the match's last contact and no-shows again. */
export function CorrectSessionModal({
  record: r,
  places,
  onClose,
}: {
  record: ContactRecord;
  places: PlaceChoices;
  onClose(): void;
}) {
  const [dateText, setDateText] = useState(dateTextOf(r.onDate));
  const [somewhereElse, setSomewhereElse] = useState(false);
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.mentoring.updateContact, {
    initialValues: {
      id: r.id,
      matchId: r.matchId,
      onDate: r.onDate,
      minutes: r.minutes === null ? '' : String(r.minutes),
      kind: r.kind,
      place: r.place,
      noShow: r.noShow,
      notes: r.notes,
      actionsAgreed: r.actionsAgreed,
      menteeFeedback: r.menteeFeedback,
      concern: r.concern,
      concernNote: r.concernNote,
      leadMentorAttended: r.leadMentorAttended,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Session corrected', 'The record of contact is up to date.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Correct a session" size="xl" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} onKeyDown={saveOnEnter} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <ContactSessionFields
            form={form as never}
            places={places}
            dateText={dateText}
            onDateText={setDateText}
            somewhereElse={somewhereElse}
            onSomewhereElse={setSomewhereElse}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}
