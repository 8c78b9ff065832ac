import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import type { MatchDocumentKind } from '../../../../shared/matching/relationship';
import { useChannelQuery } from '../../../api/channels';
import { JobProgress } from '../../../components/jobs/JobProgress';
import { useSignedIn } from '../../../session/session-context';
import { mayCall } from '../../../session/permissions';
import { DocumentViewer } from './DocumentViewer';
import { StartProblem } from './StartProblem';
import { useRenderJob } from './use-render-job';

const LETTERS: { kind: MatchDocumentKind; tab: string }[] = [
  { kind: 'ending_letter_mentee', tab: 'To the mentee' },
  { kind: 'ending_letter_mentor', tab: 'To the mentor' },
  { kind: 'ending_letter_case_manager', tab: 'To the case manager' },
];

/**
 * The three ending letters of an ended match (to the mentee, the mentor and the case manager), made
 * together as PDFs in one job, each previewed on its own tab with "Save a copy" and "Print". The core
 * refuses them until the ending is recorded, and says so.
 */
export function MatchLettersPanel({ matchId }: { matchId: string }) {
  const { session } = useSignedIn();
  const mayRead = mayCall(contract.documents.list, session.roles);
  const mayCreate = mayCall(contract.documents.renderEndingLetters, session.roles);
  const list = useChannelQuery(contract.documents.list, { matchId }, { enabled: mayRead });
  const { start, job, cancel } = useRenderJob(contract.documents.renderEndingLetters);
  if (!mayRead) return null;

  const documents = list.data?.documents ?? [];
  const versionsOf = (kind: MatchDocumentKind) => documents.filter((d) => d.kind === kind);
  const made = LETTERS.some((l) => versionsOf(l.kind).length > 0);
  return (
    <Stack gap="sm" data-testid="ending-letters">
      <Group justify="space-between" align="center">
        <Title order={3} fz="h5">
          Ending letters
        </Title>
        {mayCreate && (
          <Button
            leftSection={<IconMail size={16} aria-hidden />}
            loading={start.isPending}
            disabled={job?.state === 'running'}
            onClick={() => start.mutate({ matchId })}
          >
            {made ? 'Make the letters again' : 'Create the ending letters'}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Letters telling the mentee, the mentor and the case manager that the mentoring has ended. They give
        the dates but not the reason, and nothing about offending.
      </Text>
      <StartProblem error={start.error} />
      {job && job.state !== 'done' && (
        <JobProgress job={job} fallbackLabel="Creating the ending letters" onCancel={() => void cancel()} />
      )}
      {made ? (
        <Tabs defaultValue={LETTERS[0]!.kind} keepMounted={false}>
          <Tabs.List>
            {LETTERS.map((l) => (
              <Tabs.Tab key={l.kind} value={l.kind}>
                {l.tab}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {LETTERS.map((l) => (
            <Tabs.Panel key={l.kind} value={l.kind} pt="sm">
              {versionsOf(l.kind).length > 0 ? (
                <DocumentViewer versions={versionsOf(l.kind)} />
              ) : (
                <Text size="sm">This letter has not been made.</Text>
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        list.isSuccess && <Text size="sm">No ending letters have been made yet.</Text>
      )}
    </Stack>
  );
}
