import { Button, Card, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { contract } from '../../../../shared/contract';
import { CONTACT_METHOD_LABELS, type ContactEntry } from '../../../../shared/contract/contacts';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { TableScroll } from '../../../components/TableScroll';
import { ContactFields } from './ContactFields';

const c = contract.contacts;
const WITH_SHORT: Record<ContactEntry['withWhom'], string> = {
  mentee: 'Mentee',
  carer: 'Parent or carer',
  agency: 'Agency',
};

/**
 * The staff contact log on a mentee's page (the manual's contact sheet): a quick form to record a
 * contact, then every contact, newest first. Only for those with the mentee's full record.
 */
export function MenteeContactLogTab({ menteeId }: { menteeId: string }) {
  const log = useChannelQuery(c.list, { menteeId });
  const [editing, setEditing] = useState<ContactEntry | null>(null);
  if (log.error && isApiError(log.error) && log.error.code === 'FORBIDDEN')
    return <Text c="dimmed">The contact log is kept by the mentee’s caseworker and the co-ordinators.</Text>;
  return (
    <Stack gap="lg">
      <AddContactForm menteeId={menteeId} />
      <section aria-labelledby="contact-log-heading">
        <Title order={3} fz="h5" id="contact-log-heading" mb="xs">
          Contacts so far
        </Title>
        <FormAlert title="The contact log could not be loaded">
          {log.error ? errorMessage(log.error) : null}
        </FormAlert>
        {!log.data && !log.error && <Loader aria-label="Loading the contact log" />}
        {log.data?.items.length === 0 && <Text c="dimmed">No contacts recorded yet.</Text>}
        {!!log.data?.items.length && <ContactTable items={log.data.items} onCorrect={setEditing} />}
      </section>
      {editing && <CorrectContactModal entry={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function ContactTable({ items, onCorrect }: { items: ContactEntry[]; onCorrect(e: ContactEntry): void }) {
  return (
    <TableScroll label="Contacts, newest first" minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">With, how</Table.Th>
            <Table.Th scope="col">About and outcome</Table.Th>
            <Table.Th scope="col">Recorded by</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Correct</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatUkDate(e.onDate)}</Table.Td>
              <Table.Td>
                {WITH_SHORT[e.withWhom]}
                <Text size="sm" c="dimmed">
                  {CONTACT_METHOD_LABELS[e.method]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {e.nature}
                </Text>
                {e.outcome && (
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {e.outcome}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{e.recordedByName}</Table.Td>
              <Table.Td w={110}>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  aria-label={`Correct the contact of ${formatUkDate(e.onDate)}: ${e.nature}`}
                  onClick={() => onCorrect(e)}
                >
                  Correct
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Always open above the log: date first, then Tab through, Enter to save; ready again at once. */
function AddContactForm({ menteeId }: { menteeId: string }) {
  const [resets, setResets] = useState(0);
  const ref = useRef<HTMLFormElement>(null);
  const blank = {
    menteeId,
    onDate: '',
    withWhom: 'mentee',
    method: 'prison_visit',
    nature: '',
    outcome: '',
  } as const;
  const { form, onSubmit, formError, submitting } = useChannelForm(c.add, {
    initialValues: { ...blank },
    guard: false,
    onSaved: (out) => {
      notifySaved('Contact recorded', `The contact of ${formatUkDate(out.onDate)} is in the log.`);
      // Keep who and how (a run of similar contacts is common); clear the rest for the next one.
      form.setValues({ ...blank, withWhom: out.withWhom, method: out.method });
      form.resetDirty();
      setResets((n) => n + 1);
      ref.current?.querySelector<HTMLInputElement>('input')?.focus();
    },
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="add-contact-heading">
      <Title order={3} fz="h5" id="add-contact-heading" mb="xs">
        Record a contact
      </Title>
      <form ref={ref} onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormAlert>{formError}</FormAlert>
          <ContactFields form={form as never} resetCount={resets} />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} leftSection={<IconPlus size={16} aria-hidden />}>
              Add to the log
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function CorrectContactModal({ entry, onClose }: { entry: ContactEntry; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.update, {
    initialValues: {
      id: entry.id,
      menteeId: entry.menteeId,
      onDate: entry.onDate,
      withWhom: entry.withWhom,
      method: entry.method,
      nature: entry.nature,
      outcome: entry.outcome,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Contact corrected', 'The contact log is up to date.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Correct a contact" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <ContactFields form={form as never} autoFocus />
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
