import { Anchor, Badge, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  COMPLAINANT_LABELS,
  COMPLAINT_ABOUT_LABELS,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATUS_LABELS,
  RECEIVED_BY_LABELS,
} from '../../../../shared/complaints/complaints';
import { contract } from '../../../../shared/contract';
import type { Complaint } from '../../../../shared/contract/complaints';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { formatDateTime } from '../../../components/dates';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { STATUS_COLOURS } from './complaint-format';
import { COMPLAINTS_PATH } from './complaint-paths';
import { UpdateComplaintModal } from './ComplaintModals';

const BackToList = () => (
  <Anchor component={RouterLink} to={COMPLAINTS_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All complaints
    </Group>
  </Anchor>
);

/** A date against its last day allowed: "4/3/2026 (in time)" or "Not yet (due by …)". */
function against(day: string | null, by: string) {
  if (!day) return `Not yet (due by ${formatUkDate(by)})`;
  return `${formatUkDate(day)} (${day <= by ? 'in time' : `late: due by ${formatUkDate(by)}`})`;
}

export function ComplaintPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(contract.complaints.get, { id });
  if (found.error)
    return (
      <Page title="Complaint">
        <FormAlert title="The complaint could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the complaint" />
      </Stack>
    );
  return <ComplaintDetails complaint={found.data} />;
}

function ComplaintDetails({ complaint: k }: { complaint: Complaint }) {
  const { session } = useSignedIn();
  const [editing, setEditing] = useState(false);
  const linked = [
    k.mentorName && `Mentor: ${k.mentorName}`,
    k.menteeName && `Mentee: ${k.menteeName}`,
    k.matchReference && `Match: ${k.matchReference}`,
  ].filter(Boolean);
  return (
    <Page
      title={`Complaint ${k.reference}`}
      description={
        <Group gap="xs" component="span">
          <Badge color={STATUS_COLOURS[k.status]} variant="light">
            {COMPLAINT_STATUS_LABELS[k.status]}
          </Badge>
          <span>Received {formatUkDate(k.receivedOn)}</span>
        </Group>
      }
      actions={
        mayCall(contract.complaints.update, session.roles) && (
          <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            Update
          </Button>
        )
      }
    >
      <BackToList />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="From"
          items={[
            { label: 'Who', value: COMPLAINANT_LABELS[k.complainantKind] },
            { label: 'Name', value: k.complainantName },
            { label: 'Contact', value: k.complainantContact, wide: true },
            { label: 'How received', value: RECEIVED_BY_LABELS[k.receivedBy] },
          ]}
        />
        <DetailSection
          title="About"
          items={[
            { label: 'About', value: COMPLAINT_ABOUT_LABELS[k.aboutKind] },
            { label: 'Who or what', value: k.aboutDetail },
            { label: 'Linked records', value: linked.join('\n'), wide: true },
          ]}
        />
      </SimpleGrid>
      <DetailSection title="The complaint" items={[{ label: 'Summary', value: k.summary, wide: true }]} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="Timescales"
          items={[
            { label: 'Acknowledged', value: against(k.acknowledgedOn, k.acknowledgeBy) },
            { label: 'Response sent', value: against(k.respondedOn, k.respondBy) },
          ]}
        />
        <DetailSection
          title="Investigation and outcome"
          items={[
            { label: 'Investigated by', value: k.investigatedBy },
            { label: 'Outcome', value: k.outcome ? COMPLAINT_OUTCOME_LABELS[k.outcome] : 'Not decided yet' },
            { label: 'Notes', value: k.investigationNotes, wide: true },
            { label: 'Lessons learned', value: k.lessonsLearned, wide: true },
          ]}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Recorded by {k.recordedByName}, {formatDateTime(k.recordedAt)}
      </Text>
      {editing && <UpdateComplaintModal complaint={k} onClose={() => setEditing(false)} />}
    </Page>
  );
}
