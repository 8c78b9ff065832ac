import {
  Button,
  Card,
  Group,
  Loader,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { Incident, IncidentStatus } from '../../../../shared/contract/incidents';
import {
  INCIDENT_KINDS,
  INCIDENT_KIND_LABELS,
  INCIDENT_SEVERITIES,
  type IncidentKind,
  type IncidentSeverity,
} from '../../../../shared/matching/relationship';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { Pager } from '../../../components/data-table/Pager';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { KIND_OPTIONS, quarterOf, SEVERITY_OPTIONS } from './incident-format';
import { CloseIncidentModal, EditIncidentModal, RecordMentorIncidentModal } from './IncidentModals';
import { IncidentTable } from './IncidentTable';

const c = contract.incidents;
const PAGE_SIZE = 25;
const ANY = { value: '', label: 'Any' };

/**
 * Every incident the signed-in person may see (a caseworker: their caseload's), open ones first
 * by default, with filters; and, for those who report on standards, this quarter's boundary
 * incidents by kind (standard 14).
 */
export function IncidentsPage() {
  const { session } = useSignedIn();
  const [status, setStatus] = useState<IncidentStatus>('open');
  const [kind, setKind] = useState('');
  const [severity, setSeverity] = useState('');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<Incident | null>(null);
  const [closing, setClosing] = useState<Incident | null>(null);
  const input: InputOf<typeof c.list> = {
    status,
    ...((INCIDENT_KINDS as readonly string[]).includes(kind) ? { kind: kind as IncidentKind } : {}),
    ...((INCIDENT_SEVERITIES as readonly string[]).includes(severity)
      ? { severity: severity as IncidentSeverity }
      : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(c.list, input, { placeholderData: keepPreviousData });
  const mayWrite = mayCall(c.update, session.roles);
  return (
    <Page
      title="Incidents"
      description="Incidents and difficult situations in the matches you work with, and their follow-up."
      actions={
        mayCall(c.recordForMentor, session.roles) && (
          <Button
            variant="light"
            leftSection={<IconAlertTriangle size={16} aria-hidden />}
            onClick={() => setRecording(true)}
          >
            Record an incident about a mentor
          </Button>
        )
      }
    >
      <Stack gap="md">
        {mayCall(c.boundaryCount, session.roles) && <BoundaryCount />}
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filter incidents">
          <SegmentedControl
            aria-label="Which incidents to show"
            value={status}
            onChange={(v) => {
              setStatus(v as IncidentStatus);
              setPage(1);
            }}
            data={[
              { value: 'open', label: 'Open' },
              { value: 'closed', label: 'Closed' },
              { value: 'all', label: 'All' },
            ]}
          />
          <Select
            label="Kind"
            data={[ANY, ...KIND_OPTIONS]}
            value={kind}
            allowDeselect={false}
            onChange={(chosen) => {
              setKind(chosen ?? '');
              setPage(1);
            }}
            w={320}
          />
          <Select
            label="Severity"
            data={[ANY, ...SEVERITY_OPTIONS]}
            value={severity}
            allowDeselect={false}
            onChange={(chosen) => {
              setSeverity(chosen ?? '');
              setPage(1);
            }}
            w={140}
          />
        </Group>
        <FormAlert title="The incidents could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading the incidents" />}
        {list.data?.items.length === 0 && <Text c="dimmed">No incidents match these filters.</Text>}
        {!!list.data?.items.length && (
          <IncidentTable
            items={list.data.items}
            showWho
            onEdit={mayWrite ? setEditing : undefined}
            onClose={mayWrite ? setClosing : undefined}
          />
        )}
        {list.data && list.data.total > 0 && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'incident', many: 'incidents' }}
            onPageChange={setPage}
          />
        )}
      </Stack>
      {recording && <RecordMentorIncidentModal onClose={() => setRecording(false)} />}
      {editing && <EditIncidentModal incident={editing} onClose={() => setEditing(null)} />}
      {closing && <CloseIncidentModal incident={closing} onClose={() => setClosing(null)} />}
    </Page>
  );
}

/** This quarter's boundary incidents by kind: counts only, for standard 14. */
function BoundaryCount() {
  const quarter = quarterOf(ukToday(new Date()));
  const count = useChannelQuery(c.boundaryCount, { from: quarter.from, to: quarter.to });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="boundary-count-heading">
      <Title order={2} fz="h5" id="boundary-count-heading" mb="xs">
        Boundary incidents, {quarter.label}
      </Title>
      <FormAlert title="The count could not be loaded">
        {count.error ? errorMessage(count.error) : null}
      </FormAlert>
      {count.data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="dl" m={0}>
          <div>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              All boundary incidents
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {count.data.total}
            </Text>
          </div>
          {count.data.byKind.map((k) => (
            <div key={k.kind}>
              <Text component="dt" size="sm" c="dimmed" fw={600}>
                {INCIDENT_KIND_LABELS[k.kind]}
              </Text>
              <Text component="dd" m={0} fz="xl" fw={700}>
                {k.count}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
