import { Anchor, Button, Group, Loader, Stack, Tabs } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowsRightLeft,
  IconBuilding,
  IconCheck,
  IconPencil,
  IconPrinter,
  IconUser,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Mentee } from '../../../../shared/contract/mentees';
import { ukToday } from '../../../../shared/mentors/dates';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { MenteeContactLogTab } from '../../communication/contact-log/MenteeContactLogTab';
import { PersonMatchesPanel } from '../../service-delivery/matches/PersonMatchesPanel';
import { inStageText } from './mentee-format';
import { editMenteePath, menteeFilePath, MENTEES_PATH } from './mentee-paths';
import { AssignCaseworkerModal, MoveMenteeStageModal, RecordMoveModal } from './MenteeModals';
import { MenteePipeline, MenteeProfile } from './MenteeProfile';
import { MenteeReadinessPanel } from './MenteeReadinessPanel';
import { MenteeStageBadge } from './MenteeStageBadge';
import { MenteeAssessmentTab } from './tabs/MenteeAssessmentTab';
import { MenteeCarersTab } from './tabs/MenteeCarersTab';
import { MenteeInductionTab } from './tabs/MenteeInductionTab';
import { MenteePreferencesTab } from './tabs/MenteePreferencesTab';
import { MenteeRiskTab } from './tabs/MenteeRiskTab';
import { RaiseConcernButton } from '../../service-delivery/safeguarding/RaiseConcernButton';

const m = contract.mentees;
const TABS = [
  'profile',
  'pipeline',
  'assessment',
  'risk',
  'induction',
  'carers',
  'preferences',
  'contacts',
] as const;
type Tab = (typeof TABS)[number];
const CLOSED = ['matched', 'not_selected', 'withdrawn', 'closed'];

const BackToList = () => (
  <Anchor component={RouterLink} to={MENTEES_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All mentees
    </Group>
  </Anchor>
);

/** One mentee: readiness for matching, profile, pipeline and the assessment area's tabs. */
export function MenteePage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(m.get, { id });
  if (found.error)
    return (
      <Page
        title={isApiError(found.error) && found.error.code === 'NOT_FOUND' ? 'Mentee not found' : 'Mentee'}
      >
        <FormAlert title="The mentee could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the mentee" />
      </Stack>
    );
  return <MenteeDetails mentee={found.data} />;
}

function MenteeDetails({ mentee }: { mentee: Mentee }) {
  const { session } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<'stage' | 'move' | 'caseworker' | null>(null);
  const acknowledge = useChannelMutation(m.acknowledgeReferral);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'profile';
  // Full view: the core sent their date of birth or custody status (a directory view sends neither).
  const full = mentee.custodyStatus !== null && mentee.custodyStatus !== undefined;
  const mayWrite = full && mayCall(m.moveStage, session.roles);
  const unacknowledged = mentee.referrals.some((r) => r.acknowledgedOn === null);
  const close = () => setOpen(null);
  return (
    <Page
      title={mentee.displayName}
      description={
        <Group gap="xs" component="span">
          <MenteeStageBadge stage={mentee.stage} />
          <span>
            {mentee.reference}, {inStageText(mentee.daysInStage)}
            {mentee.establishmentName ? `, ${mentee.establishmentName}` : ''}
          </span>
        </Group>
      }
      actions={
        full && (
          <>
            {mayWrite && (
              <>
                <Button
                  onClick={() => setOpen('stage')}
                  leftSection={<IconArrowsRightLeft size={16} aria-hidden />}
                >
                  Move to another stage
                </Button>
                {unacknowledged && (
                  <Button
                    variant="default"
                    loading={acknowledge.isPending}
                    leftSection={<IconCheck size={16} aria-hidden />}
                    onClick={() =>
                      void acknowledge
                        .mutateAsync({ id: mentee.id, on: ukToday(new Date()) })
                        .then(() => notifySaved('Referral acknowledged', 'The acknowledgement is recorded.'))
                    }
                  >
                    Acknowledge referral
                  </Button>
                )}
                <Button
                  variant="default"
                  component={RouterLink}
                  to={editMenteePath(mentee.id)}
                  leftSection={<IconPencil size={16} aria-hidden />}
                >
                  Edit details
                </Button>
                <Button
                  variant="default"
                  onClick={() => setOpen('move')}
                  leftSection={<IconBuilding size={16} aria-hidden />}
                >
                  Record a move
                </Button>
                {mayCall(m.assignCaseworker, session.roles) && (
                  <Button
                    variant="default"
                    onClick={() => setOpen('caseworker')}
                    leftSection={<IconUser size={16} aria-hidden />}
                  >
                    Assign caseworker
                  </Button>
                )}
              </>
            )}
            <Button
              variant="subtle"
              component={RouterLink}
              to={menteeFilePath(mentee.id)}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              Mentee file
            </Button>
            <RaiseConcernButton menteeId={mentee.id} />
          </>
        )
      }
    >
      <BackToList />
      {acknowledge.error && <FormAlert>{errorMessage(acknowledge.error)}</FormAlert>}
      {full && !CLOSED.includes(mentee.stage) && <MenteeReadinessPanel menteeId={mentee.id} />}
      {full && <PersonMatchesPanel menteeId={mentee.id} />}
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
        <Tabs.List aria-label="Parts of the mentee’s record">
          <Tabs.Tab value="profile">Profile</Tabs.Tab>
          <Tabs.Tab value="pipeline">Pipeline</Tabs.Tab>
          {full && (
            <>
              <Tabs.Tab value="assessment">Assessment</Tabs.Tab>
              <Tabs.Tab value="risk">Risk</Tabs.Tab>
              <Tabs.Tab value="induction">Induction</Tabs.Tab>
              <Tabs.Tab value="carers">Parents and carers</Tabs.Tab>
              <Tabs.Tab value="preferences">Preferences</Tabs.Tab>
              <Tabs.Tab value="contacts">Contact log</Tabs.Tab>
            </>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <MenteeProfile mentee={mentee} full={full} />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline" pt="md">
          <MenteePipeline mentee={mentee} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <MenteeAssessmentTab menteeId={mentee.id} />
        </Tabs.Panel>
        <Tabs.Panel value="risk" pt="md">
          <MenteeRiskTab menteeId={mentee.id} />
        </Tabs.Panel>
        <Tabs.Panel value="induction" pt="md">
          <MenteeInductionTab menteeId={mentee.id} />
        </Tabs.Panel>
        <Tabs.Panel value="carers" pt="md">
          <MenteeCarersTab menteeId={mentee.id} />
        </Tabs.Panel>
        <Tabs.Panel value="preferences" pt="md">
          <MenteePreferencesTab menteeId={mentee.id} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <MenteeContactLogTab menteeId={mentee.id} />
        </Tabs.Panel>
      </Tabs>
      <MoveMenteeStageModal mentee={mentee} opened={open === 'stage'} onClose={close} />
      <RecordMoveModal mentee={mentee} opened={open === 'move'} onClose={close} />
      <AssignCaseworkerModal mentee={mentee} opened={open === 'caseworker'} onClose={close} />
    </Page>
  );
}
