import { Alert, Anchor, Badge, Button, Group, Loader, SimpleGrid, Stack } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../shared/contract';
import type { TrainingSessionDetail } from '../../../shared/contract/training';
import { sessionWarnings } from '../../../shared/mentors/training';
import { formatUkDate } from '../../../shared/uk-date';
import { errorMessage, isApiError } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { RouterLink } from '../../app/RouterLink';
import { DetailSection } from '../../components/details/DetailSection';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { mayCall } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { EvaluationsSection } from './EvaluationsSection';
import { InviteModal } from './InviteModal';
import { RegisterTable } from './RegisterTable';
import { SessionFormModal } from './SessionFormModal';
import { courseKindLabel, hoursText, sessionDate } from './training-format';
import { TRAINING_REGISTER_PATH } from './training-paths';
import { WaitingForCourse } from './WaitingForCourse';

const t = contract.training;

const BackToRegister = () => (
  <Anchor component={RouterLink} to={TRAINING_REGISTER_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      Training register
    </Group>
  </Anchor>
);

/** One session: its details, the register, the course's waiting list and the evaluations. */
export function SessionPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(t.session, { id });
  if (found.error)
    return (
      <Page
        title={
          isApiError(found.error) && found.error.code === 'NOT_FOUND'
            ? 'Session not found'
            : 'Training session'
        }
      >
        <FormAlert title="The session could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToRegister />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the session" />
      </Stack>
    );
  return <SessionDetails session={found.data} />;
}

function SessionDetails({ session: s }: { session: TrainingSessionDetail }) {
  const { session: signedIn } = useSignedIn();
  const roles = signedIn.roles;
  const mayEdit = mayCall(t.saveSession, roles);
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const settings = useChannelQuery(contract.settings.get, {});
  // Worth knowing while it can still be acted on; once held, short notice is history.
  const upcoming = s.heldOn >= new Date().toISOString().slice(0, 10);
  const warnings =
    settings.data && upcoming ? sessionWarnings(s, settings.data.thresholds.trainingNoticeWeeks) : [];
  return (
    <Page
      title={`${s.courseTitle}, ${sessionDate(s.heldOn)}`}
      description={
        <Group gap="xs" component="span">
          <span>{courseKindLabel(s.courseKind)}</span>
          {s.cancelled && (
            <Badge color="gray" variant="outline">
              Cancelled
            </Badge>
          )}
        </Group>
      }
      actions={
        mayEdit && (
          <>
            <Button
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() => setInviting(true)}
              disabled={s.cancelled}
            >
              Invite mentors
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit session
            </Button>
          </>
        )
      }
    >
      <BackToRegister />
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title="Worth knowing"
        >
          <Stack gap={4}>
            {warnings.map((w) => (
              <span key={w}>{w}</span>
            ))}
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="When and where"
          items={[
            { label: 'Date', value: sessionDate(s.heldOn) },
            { label: 'Time', value: `${s.startTime}, ${hoursText(s.hours)}` },
            { label: 'Venue', value: s.venue },
            { label: 'Trainers', value: s.trainers },
            { label: 'Announced on', value: s.announcedOn ? formatUkDate(s.announcedOn) : '' },
            { label: 'Notes', value: s.notes, wide: true },
          ]}
        />
        <DetailSection
          title="Places and topics"
          items={[
            { label: 'Places', value: String(s.capacity) },
            { label: 'Invited', value: String(s.invited) },
            { label: 'Coming', value: String(s.coming) },
            { label: 'Attended', value: String(s.attended) },
            { label: 'Topics', value: s.courseTopics.join('\n'), wide: true },
          ]}
        />
      </SimpleGrid>
      <DetailSection title="Register">
        <Stack gap="sm">
          <RegisterTable session={s} editable={mayCall(t.setAttendance, roles)} />
        </Stack>
      </DetailSection>
      {mayCall(t.evaluations, roles) && (
        <EvaluationsSection session={s} mayAdd={mayCall(t.addEvaluation, roles)} />
      )}
      {mayCall(t.waitingList, roles) && (
        <WaitingForCourse session={s} mayPlace={mayCall(t.placeFromWaitingList, roles)} />
      )}
      {editing && <SessionFormModal session={s} onClose={() => setEditing(false)} />}
      {inviting && <InviteModal session={s} onClose={() => setInviting(false)} />}
    </Page>
  );
}
