import { Loader, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ContactRecord } from '../../../../shared/contract/mentoring';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ContactRecordTable } from './ContactRecordTable';
import { ContactTotalsLine } from './ContactTotalsLine';
import { CorrectSessionModal } from './CorrectSessionModal';
import { FollowUpsPanel } from './FollowUpsPanel';
import { RecordSessionForm } from './RecordSessionForm';

const m = contract.mentoring;

/**
 * A match's record of contact: the fast "Record a session" form on top (for those who write
 * casework, while the match is active), the concerns still to follow up, then every session with
 * its totals. A safeguarding lead reads; anyone else is told who keeps it.
 */
export function MatchContactsTab({ matchId }: { matchId: string }) {
  const { roles } = useSignedIn().session;
  const canWrite = mayCall(m.recordContact, roles);
  const list = useChannelQuery(m.contacts, { matchId });
  const places = useChannelQuery(m.contactDefaults, { matchId }, { enabled: canWrite });
  const [correcting, setCorrecting] = useState<ContactRecord | null>(null);
  const remove = useChannelMutation(m.deleteContact);

  if (list.error && isApiError(list.error) && list.error.code === 'FORBIDDEN')
    return (
      <Text c="dimmed">The record of contact is kept by the mentee’s caseworker and the co-ordinators.</Text>
    );
  const askRemove = (r: ContactRecord) =>
    modals.openConfirmModal({
      title: `Remove the session of ${formatUkDate(r.onDate)}?`,
      children: (
        <Text size="sm">
          Only for a session recorded by mistake. The match’s last contact and missed sessions are worked out
          again; an open concern raised by it is removed too.
        </Text>
      ),
      labels: { confirm: 'Remove', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      cancelProps: { 'data-autofocus': true },
      onConfirm: () =>
        remove.mutate(
          { matchId, id: r.id },
          {
            onSuccess: () => notifySaved('Session removed', 'The record of contact is up to date.'),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(error) }),
          },
        ),
    });
  const choices = {
    recent: places.data?.recentPlaces ?? [],
    programme: places.data?.places ?? [],
  };
  return (
    <Stack gap="lg">
      {canWrite && <RecordSessionForm matchId={matchId} />}
      <FollowUpsPanel matchId={matchId} />
      <section aria-labelledby="sessions-heading">
        <Title order={2} fz="h5" id="sessions-heading" mb="xs">
          Sessions so far
        </Title>
        <FormAlert title="The sessions could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading the sessions" />}
        {list.data && (
          <Stack gap="sm">
            <ContactTotalsLine totals={list.data.totals} />
            {list.data.items.length === 0 ? (
              <Text c="dimmed">No sessions recorded yet.</Text>
            ) : (
              <ContactRecordTable
                items={list.data.items}
                onCorrect={canWrite ? setCorrecting : undefined}
                onRemove={canWrite ? askRemove : undefined}
              />
            )}
          </Stack>
        )}
      </section>
      {correcting && (
        <CorrectSessionModal record={correcting} places={choices} onClose={() => setCorrecting(null)} />
      )}
    </Stack>
  );
}
