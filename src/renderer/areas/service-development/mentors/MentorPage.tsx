import { Anchor, Badge, Button, Group, Loader, Stack, Tabs } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowsRightLeft,
  IconCalendarUser,
  IconPencil,
  IconPrinter,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Mentor } from '../../../../shared/contract/mentors';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { MentorClaimsTab } from '../../service-delivery/expenses/MentorClaimsTab';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { MentorTrainingTab } from '../../training/MentorTrainingTab';
import { LeadMentorModal } from './LeadMentorModal';
import { atStageText } from './mentor-format';
import { editMentorPath, mentorFilePath, MENTORS_PATH } from './mentor-paths';
import { MentorPipelineTab } from './MentorPipelineTab';
import { MentorProfile } from './MentorProfile';
import { MoveStageModal } from './MoveStageModal';
import { ReadinessPanel } from './ReadinessPanel';
import { PersonMatchesPanel } from '../../service-delivery/matches/PersonMatchesPanel';
import { MentorClearanceTab } from './screening/MentorClearanceTab';
import { MentorEqualityTab } from './screening/MentorEqualityTab';
import { MentorScreeningTab } from './screening/MentorScreeningTab';
import { StageBadge } from './StageBadge';
import { RaiseConcernButton } from '../../service-delivery/safeguarding/RaiseConcernButton';
import { supervisionMentorPath } from '../../service-delivery/supervision/supervision-paths';

const m = contract.mentors;
const TABS = ['profile', 'pipeline', 'screening', 'clearance', 'equality', 'training', 'expenses'] as const;
type Tab = (typeof TABS)[number];

const BackToList = () => (
  <Anchor component={RouterLink} to={MENTORS_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All mentors
    </Group>
  </Anchor>
);

/** One mentor: profile, pipeline, screening, clearance, equality and training in tabs. */
export function MentorPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(m.get, { id });
  if (found.error)
    return (
      <Page
        title={isApiError(found.error) && found.error.code === 'NOT_FOUND' ? 'Mentor not found' : 'Mentor'}
      >
        <FormAlert title="The mentor could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the mentor" />
      </Stack>
    );
  return <MentorDetails mentor={found.data} />;
}

function MentorDetails({ mentor }: { mentor: Mentor }) {
  const { session } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const [moving, setMoving] = useState(false);
  const [lead, setLead] = useState(false);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'profile';
  const mayEdit = mayCall(m.update, session.roles);
  const mayVet = mayCall(m.readiness, session.roles);
  // Screening, equality and clearance tabs are for the roles whose channels answer them.
  const screening = contract.screening as Record<string, { access: unknown } | undefined>;
  const mayOpen = (name: string) => {
    const c = screening[name];
    return c ? mayCall(c as never, session.roles) : false;
  };
  return (
    <Page
      title={mentor.displayName}
      description={
        <Group gap="xs" component="span">
          <StageBadge stage={mentor.stage} />
          <span>{atStageText(mentor.daysInStage)}</span>
          {mentor.isLeadMentor && (
            <Badge variant="outline" size="sm" style={{ textTransform: 'none' }}>
              Lead mentor{mentor.clusterName ? `, ${mentor.clusterName}` : ''}
            </Badge>
          )}
        </Group>
      }
      actions={
        <>
          {mayEdit && (
            <>
              <Button
                onClick={() => setMoving(true)}
                leftSection={<IconArrowsRightLeft size={16} aria-hidden />}
              >
                Move to another stage
              </Button>
              <Button
                variant="default"
                component={RouterLink}
                to={editMentorPath(mentor.id)}
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                Edit details
              </Button>
              <Button
                variant="default"
                onClick={() => setLead(true)}
                leftSection={<IconUsersGroup size={16} aria-hidden />}
              >
                Cluster and role
              </Button>
            </>
          )}
          {mayVet && mayOpen('forMentor') && mayOpen('clearances') && (
            <Button
              variant="subtle"
              component={RouterLink}
              to={mentorFilePath(mentor.id)}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              Mentor file
            </Button>
          )}
          {mayCall(contract.supervision.mentor, session.roles) && (
            <Button
              variant="subtle"
              component={RouterLink}
              to={supervisionMentorPath(mentor.id)}
              leftSection={<IconCalendarUser size={16} aria-hidden />}
            >
              Supervision
            </Button>
          )}
          <RaiseConcernButton mentorId={mentor.id} />
        </>
      }
    >
      <BackToList />
      {mayVet && mentor.stage !== 'left' && mentor.stage !== 'not_selected' && (
        <ReadinessPanel mentor={mentor} />
      )}
      <PersonMatchesPanel mentorId={mentor.id} />
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (!value || value === 'profile') next.delete('tab');
              else next.set('tab', value);
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List aria-label="Parts of the mentor’s record">
          <Tabs.Tab value="profile">Profile</Tabs.Tab>
          <Tabs.Tab value="pipeline">Pipeline</Tabs.Tab>
          {mayOpen('forMentor') && <Tabs.Tab value="screening">Screening</Tabs.Tab>}
          {mayOpen('clearances') && <Tabs.Tab value="clearance">Prison clearance</Tabs.Tab>}
          {mayOpen('equality') && <Tabs.Tab value="equality">Equality monitoring</Tabs.Tab>}
          <Tabs.Tab value="training">Training</Tabs.Tab>
          {mayCall(contract.expenses.list, session.roles) && (
            <Tabs.Tab value="expenses">Expense claims</Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <MentorProfile mentor={mentor} />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline" pt="md">
          <MentorPipelineTab mentor={mentor} />
        </Tabs.Panel>
        <Tabs.Panel value="screening" pt="md">
          <MentorScreeningTab mentorId={mentor.id} />
        </Tabs.Panel>
        <Tabs.Panel value="clearance" pt="md">
          <MentorClearanceTab mentorId={mentor.id} />
        </Tabs.Panel>
        <Tabs.Panel value="equality" pt="md">
          <MentorEqualityTab mentorId={mentor.id} />
        </Tabs.Panel>
        <Tabs.Panel value="training" pt="md">
          <MentorTrainingTab mentorId={mentor.id} />
        </Tabs.Panel>
        <Tabs.Panel value="expenses" pt="md">
          <MentorClaimsTab mentorId={mentor.id} />
        </Tabs.Panel>
      </Tabs>
      <MoveStageModal mentor={mentor} opened={moving} onClose={() => setMoving(false)} />
      <LeadMentorModal mentor={mentor} opened={lead} onClose={() => setLead(false)} />
    </Page>
  );
}
