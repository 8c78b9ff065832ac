import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import { useChannelQuery } from '../../../api/channels';
import { JobProgress } from '../../../components/jobs/JobProgress';
import { useSignedIn } from '../../../session/session-context';
import { mayCall } from '../../../session/permissions';
import { DocumentViewer } from './DocumentViewer';
import { StartProblem } from './StartProblem';
import { useRenderJob } from './use-render-job';

/**
 * The agreement as a PDF, inside the match's agreement section: create it from the saved
 * agreement (a job in the core, with its progress), then preview, save or print the newest
 * version. Each creation is kept as a new version, so a signed paper copy can always be matched to
 * the version it was printed from.
 */
export function MatchAgreementDocument({ matchId }: { matchId: string }) {
  const { session } = useSignedIn();
  const mayRead = mayCall(contract.documents.list, session.roles);
  const mayCreate = mayCall(contract.documents.renderAgreement, session.roles);
  const list = useChannelQuery(contract.documents.list, { matchId }, { enabled: mayRead });
  const { start, job, cancel } = useRenderJob(contract.documents.renderAgreement);
  if (!mayRead) return null;

  const versions = (list.data?.documents ?? []).filter((d) => d.kind === 'agreement');
  const running = job?.state === 'running';
  return (
    <Stack gap="sm" data-testid="agreement-document">
      <Group justify="space-between" align="center">
        <Title order={3} fz="h5">
          Agreement PDF
        </Title>
        {mayCreate && (
          <Button
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            loading={start.isPending}
            disabled={running}
            onClick={() => start.mutate({ matchId })}
          >
            Create the agreement PDF
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Made from the saved agreement, with spaces for the mentor, the mentee and the co-ordinator to sign and
        date. Print it for the signing; every version made is kept with the match.
      </Text>
      <StartProblem error={start.error} />
      {job && job.state !== 'done' && (
        <JobProgress job={job} fallbackLabel="Creating the agreement PDF" onCancel={() => void cancel()} />
      )}
      {versions.length > 0 ? (
        <DocumentViewer versions={versions} />
      ) : (
        list.isSuccess && <Text size="sm">No agreement PDF has been made yet.</Text>
      )}
    </Stack>
  );
}
