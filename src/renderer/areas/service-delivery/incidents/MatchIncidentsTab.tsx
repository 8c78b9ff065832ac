import { Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { Incident, IncidentStatus } from '../../../../shared/contract/incidents';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { CloseIncidentModal, EditIncidentModal, RecordIncidentModal } from './IncidentModals';
import { IncidentTable } from './IncidentTable';

const c = contract.incidents;
const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
];

/**
 * Incidents and difficult situations in one match: record one, update it while it is open, close
 * it with a note of how it was resolved. Open ones first; closed ones a click away.
 */
export function MatchIncidentsTab({ matchId }: { matchId: string }) {
  const { session } = useSignedIn();
  const [status, setStatus] = useState<IncidentStatus>('open');
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<Incident | null>(null);
  const [closing, setClosing] = useState<Incident | null>(null);
  const list = useChannelQuery(c.list, { matchId, status, pageSize: 200 });
  const mayWrite = mayCall(c.record, session.roles);
  if (list.error && isApiError(list.error) && list.error.code === 'FORBIDDEN')
    return <Text c="dimmed">Incidents are kept by the mentee’s caseworker and the co-ordinators.</Text>;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h5" id="match-incidents-heading">
          Incidents and difficult situations
        </Title>
        {mayWrite && (
          <Button
            leftSection={<IconAlertTriangle size={16} aria-hidden />}
            onClick={() => setRecording(true)}
          >
            Record an incident
          </Button>
        )}
      </Group>
      <SegmentedControl
        aria-label="Which incidents to show"
        value={status}
        onChange={(v) => setStatus(v as IncidentStatus)}
        data={STATUS_OPTIONS}
        w="fit-content"
      />
      <FormAlert title="The incidents could not be loaded">
        {list.error ? errorMessage(list.error) : null}
      </FormAlert>
      {!list.data && !list.error && <Loader aria-label="Loading the incidents" />}
      {list.data?.items.length === 0 && (
        <Text c="dimmed">
          {status === 'open'
            ? 'No open incidents.'
            : status === 'closed'
              ? 'No closed incidents.'
              : 'No incidents recorded.'}
        </Text>
      )}
      {!!list.data?.items.length && (
        <IncidentTable
          items={list.data.items}
          onEdit={mayWrite ? setEditing : undefined}
          onClose={mayWrite ? setClosing : undefined}
        />
      )}
      {recording && <RecordIncidentModal matchId={matchId} onClose={() => setRecording(false)} />}
      {editing && <EditIncidentModal incident={editing} onClose={() => setEditing(null)} />}
      {closing && <CloseIncidentModal incident={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
}
