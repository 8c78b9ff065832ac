import { Button, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { Match } from '../../../../../shared/contract/matches';
import { ukToday } from '../../../../../shared/mentors/dates';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { ModalFooter } from '../../../../components/ModalFooter';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { DateField } from '../../../service-development/mentors/screening/DateField';

type Party = 'mentor' | 'mentee';
interface ModalProps {
  match: Match;
  opened: boolean;
  onClose(): void;
}
type FormProps = { match: Match; onClose(): void; onDirty(dirty: boolean): void };

/** A FormModal that asks before closing over typed changes; the form inside reports them. */
function WorkflowModal({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose(): void;
  title: string;
  children(onDirty: (dirty: boolean) => void, close: () => void): React.ReactNode;
}) {
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setDirty(false);
    onClose();
  };
  return (
    <FormModal opened={opened} title={title} dirty={dirty} onClose={close} size="md">
      {opened && children(setDirty, close)}
    </FormModal>
  );
}

const nameOf = (match: Match, party: Party) =>
  party === 'mentor' ? match.mentor.displayName : match.mentee.displayName;

/** The mentor's or the mentee's answer; declining asks for the reason, kept without blame. */
export function RespondModal({ party, declining, ...p }: ModalProps & { party: Party; declining: boolean }) {
  return (
    <WorkflowModal opened={p.opened} onClose={p.onClose} title={`${nameOf(p.match, party)}’s answer`}>
      {(onDirty, close) => (
        <RespondForm match={p.match} party={party} declining={declining} onClose={close} onDirty={onDirty} />
      )}
    </WorkflowModal>
  );
}

function RespondForm({
  match,
  party,
  declining: startDeclining,
  onClose,
  onDirty,
}: FormProps & { party: Party; declining: boolean }) {
  const told = party === 'mentor' ? match.mentorToldOn : match.menteeToldOn;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.matches.respond, {
    initialValues: {
      matchId: match.id,
      party,
      answer: startDeclining ? 'declined' : 'agreed',
      onDate: ukToday(new Date()),
      toldOn: told ?? '',
      reason: '',
    },
    guard: false,
    onSaved: (out) => {
      notifySaved(
        'Answer recorded',
        out.stage === 'declined'
          ? 'The match is closed as declined. The reason is kept for the next suggestion.'
          : `${nameOf(out, party)} agreed to the match.`,
      );
      onClose();
    },
  });
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const declining = form.getValues().answer === 'declined';
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Radio.Group label="Their answer" required {...form.getInputProps('answer')}>
          <Stack gap={6} mt={6}>
            <Radio value="agreed" label="Agreed to the match" />
            <Radio value="declined" label="Declined the match" />
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label="Told about the match on" {...form.getInputProps('toldOn')} />
          <DateField label="Answered on" required {...form.getInputProps('onDate')} />
        </SimpleGrid>
        <Textarea
          label={declining ? 'Why they declined' : 'Note'}
          description={
            declining
              ? 'Recorded without blame. The mentee stays ready to match and the reason is shown at the next suggestion.'
              : 'Optional'
          }
          required={declining}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <ModalFooter>
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting} color={declining ? 'red' : undefined}>
            {declining ? 'Record the decline' : 'Record the agreement'}
          </Button>
        </ModalFooter>
      </Stack>
    </form>
  );
}

/** The date one of them signed the agreement. */
export function SignModal({ party, ...p }: ModalProps & { party: Party }) {
  return (
    <WorkflowModal
      opened={p.opened}
      onClose={p.onClose}
      title={`${nameOf(p.match, party)}’s signature on the agreement`}
    >
      {(onDirty, close) => <SignForm match={p.match} party={party} onClose={close} onDirty={onDirty} />}
    </WorkflowModal>
  );
}

function SignForm({ match, party, onClose, onDirty }: FormProps & { party: Party }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.matches.signAgreement, {
    initialValues: { matchId: match.id, party, onDate: ukToday(new Date()) },
    guard: false,
    onSaved: () => {
      notifySaved(
        'Signature recorded',
        `The ${party}’s signature is recorded. The agreement can no longer change.`,
      );
      onClose();
    },
  });
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Text size="sm">Once either of them has signed, the agreement is kept as it is.</Text>
        <DateField label="Signed on" required maw={240} {...form.getInputProps('onDate')} />
        <ModalFooter>
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Record the signature
          </Button>
        </ModalFooter>
      </Stack>
    </form>
  );
}

/** Starting the relationship; a refusal lists every condition still unmet. */
export function ActivateModal(p: ModalProps) {
  return (
    <WorkflowModal opened={p.opened} onClose={p.onClose} title="Make the match active">
      {(onDirty, close) => <ActivateForm match={p.match} onClose={close} onDirty={onDirty} />}
    </WorkflowModal>
  );
}

function ActivateForm({ match, onClose, onDirty }: FormProps) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.matches.activate, {
    initialValues: { matchId: match.id, onDate: ukToday(new Date()) },
    guard: false,
    onSaved: (out) => {
      notifySaved(
        'Match active',
        `${out.mentor.displayName} and ${out.mentee.displayName} are now matched. The first review is due on the agreement’s review date.`,
      );
      onClose();
    },
  });
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Text size="sm">
          Both people move to “Matched”, and the work queue starts watching contact and reviews for this
          match.
        </Text>
        <DateField label="The match started on" required maw={240} {...form.getInputProps('onDate')} />
        <ModalFooter>
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Make active
          </Button>
        </ModalFooter>
      </Stack>
    </form>
  );
}
