import { Button, Checkbox, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { TrainingSessionDetail } from '../../../shared/contract/training';
import { errorMessage } from '../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../api/channels';
import { FormAlert } from '../../components/FormAlert';
import { ModalFooter } from '../../components/ModalFooter';
import { notifySaved } from '../../components/notify';
import { stageLabel } from './training-format';

/** Find mentors not yet on the register by name, tick them, invite them in one go. */
export function InviteModal({ session, onClose }: { session: TrainingSessionDetail; onClose(): void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const found = useChannelQuery(contract.training.invitableMentors, {
    sessionId: session.id,
    search: debounced,
  });
  const invite = useChannelMutation(contract.training.invite);
  const places = session.capacity - session.invited;
  const submit = async () => {
    setProblem(null);
    if (!chosen.length) return setProblem('Tick at least one mentor to invite.');
    try {
      const out = await invite.mutateAsync({ sessionId: session.id, mentorIds: chosen });
      notifySaved(
        'Invitations recorded',
        `${out.invited} ${out.invited === 1 ? 'mentor' : 'mentors'} invited.`,
      );
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title="Invite mentors"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {places > 0
            ? `${places} of ${session.capacity} places left.`
            : `All ${session.capacity} places are taken; inviting more is still allowed.`}
          {chosen.length > 0 && ` ${chosen.length} ticked.`}
        </Text>
        <TextInput
          label="Search by name"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        <FormAlert>{problem ?? (found.error ? errorMessage(found.error) : null)}</FormAlert>
        <ScrollArea.Autosize mah={320} type="auto">
          <Checkbox.Group label="Mentors not yet invited" value={chosen} onChange={setChosen}>
            <Stack gap="xs" mt="xs">
              {(found.data?.items ?? []).map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} description={stageLabel(m.stage)} />
              ))}
              {found.data && !found.data.items.length && (
                <Text size="sm" c="dimmed">
                  {debounced ? 'No one else matches that name.' : 'Everyone is already invited.'}
                </Text>
              )}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
        <ModalFooter>
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={invite.isPending}>
            {chosen.length ? `Invite ${chosen.length}` : 'Invite'}
          </Button>
        </ModalFooter>
      </Stack>
    </Modal>
  );
}
