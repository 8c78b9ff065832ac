import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft, IconLock, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Concern } from '../../../../shared/contract/safeguarding';
import { CONCERN_ABOUT_LABELS, CONCERN_KIND_LABELS } from '../../../../shared/safeguarding/safeguarding';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { AddActionModal, EditConcernModal } from './ConcernModals';
import { RESTRICTED, RESTRICTED_NOTE } from './safeguarding-format';
import { SAFEGUARDING_PATH } from './safeguarding-paths';
import { ConcernStatusBadge } from './StatusBadge';

const c = contract.safeguarding;

const BackToList = () => (
  <Anchor component={RouterLink} to={SAFEGUARDING_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All safeguarding concerns
    </Group>
  </Anchor>
);

/** A field the core withheld (null) reads "Restricted"; a date not yet set reads "Not yet". */
const restricted = (v: string | null | undefined, show: (x: string) => ReactNode = (x) => x): ReactNode =>
  v === null || v === undefined ? (
    <Text span c="dimmed" fs="italic">
      {RESTRICTED}
    </Text>
  ) : (
    show(v)
  );
const day = (v: string | null, readable: boolean) =>
  readable ? (v ? formatUkDate(v) : 'Not yet') : restricted(null);

export function ConcernPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(c.get, { id });
  if (found.error)
    return (
      <Page title="Safeguarding concern">
        <FormAlert title="The concern could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the concern" />
      </Stack>
    );
  return <ConcernDetails concern={found.data} />;
}

function ConcernDetails({ concern: k }: { concern: Concern }) {
  const { session } = useSignedIn();
  const mayUpdate = mayCall(c.update, session.roles);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  // The core sends null for every `safeguarding` field to anyone but the safeguarding lead.
  const readable = k.disclosure !== null;
  return (
    <Page
      title={`Safeguarding concern ${k.reference}`}
      description={
        <Group gap="xs" component="span">
          <ConcernStatusBadge status={k.status} />
          <span>Raised {formatUkDate(k.raisedOn)}</span>
        </Group>
      }
      actions={
        mayUpdate && (
          <>
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              Update
            </Button>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              Record an action
            </Button>
          </>
        )
      }
    >
      <BackToList />
      {!readable && (
        <Alert icon={<IconLock size={18} aria-hidden />} color="gray" title="Status only">
          {RESTRICTED_NOTE}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="The concern"
          items={[
            { label: 'Kind', value: restricted(k.kind, (x) => CONCERN_KIND_LABELS[x as Concern['kind']]) },
            {
              label: 'About',
              value: restricted(k.aboutKind, (x) => CONCERN_ABOUT_LABELS[x as Concern['aboutKind']]),
            },
            { label: 'Name', value: restricted(k.aboutName, (x) => x || 'Not given') },
            {
              label: 'Linked record',
              value: restricted(k.aboutName, () =>
                k.menteeName ? `Mentee: ${k.menteeName}` : k.mentorName ? `Mentor: ${k.mentorName}` : 'None',
              ),
            },
            { label: 'Raised by', value: restricted(k.raisedByName) },
            { label: 'What was disclosed or observed', value: restricted(k.disclosure), wide: true },
            {
              label: 'Immediate action',
              value: restricted(k.immediateAction, (x) => x || 'None recorded'),
              wide: true,
            },
          ]}
        />
        <DetailSection
          title="Referrals"
          items={[
            { label: 'Local authority: referred', value: day(k.laReferredOn, readable) },
            {
              label: 'Local authority: reference and contact',
              value: restricted(k.laReference, (x) => [x, k.laContact].filter(Boolean).join(', ') || '—'),
            },
            { label: 'Police: referred', value: day(k.policeReferredOn, readable) },
            {
              label: 'Police: reference and contact',
              value: restricted(
                k.policeReference,
                (x) => [x, k.policeContact].filter(Boolean).join(', ') || '—',
              ),
            },
          ]}
        />
        <DetailSection
          title="Progress"
          items={[
            { label: 'Next action due', value: day(k.nextActionDue, readable) },
            { label: 'Latest action', value: day(k.lastActionOn, readable) },
            { label: 'Outcome', value: restricted(k.outcome, (x) => x || 'Not yet'), wide: true },
            { label: 'Closed', value: day(k.closedOn, readable) },
          ]}
        />
      </SimpleGrid>
      {readable && <ActionList concernId={k.id} />}
      {editing && <EditConcernModal concern={k} onClose={() => setEditing(false)} />}
      {adding && <AddActionModal concern={k} onClose={() => setAdding(false)} />}
    </Page>
  );
}

function ActionList({ concernId }: { concernId: string }) {
  const actions = useChannelQuery(c.actions, { id: concernId });
  return (
    <DetailSection title="Actions">
      <FormAlert title="The actions could not be loaded">
        {actions.error ? errorMessage(actions.error) : null}
      </FormAlert>
      {actions.data && actions.data.length === 0 && <Text c="dimmed">No actions recorded yet.</Text>}
      {actions.data && actions.data.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>Date</Table.Th>
              <Table.Th>What was done</Table.Th>
              <Table.Th w={200}>Recorded by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{formatUkDate(a.takenOn)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Table.Td>
                <Table.Td>{a.recordedByName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DetailSection>
  );
}
