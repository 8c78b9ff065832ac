import { Alert, List, Loader, Stack, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Mentor } from '../../../../shared/contract/mentors';
import { CLOSED_STAGES, GATED_STAGES } from '../../../../shared/mentors/pipeline';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { formatDateTime } from '../../../components/dates';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { stageLabel } from './mentor-format';

/**
 * "What is still missing before ready": the readiness gate's unmet conditions in the same words
 * the core refuses with, the advisory about clearance, and every exception recorded. Screening
 * facts change in other tabs, so this always asks the core again when shown.
 */
export function ReadinessPanel({ mentor }: { mentor: Mentor }) {
  const readiness = useChannelQuery(
    contract.mentors.readiness,
    { id: mentor.id },
    { staleTime: 0, refetchOnMount: 'always' },
  );
  const done = GATED_STAGES.includes(mentor.stage) || CLOSED_STAGES.includes(mentor.stage);
  return (
    <DetailSection title={done ? 'Readiness conditions' : 'What is still missing before ready'}>
      {readiness.error && (
        <FormAlert title="This could not be worked out">{errorMessage(readiness.error)}</FormAlert>
      )}
      {!readiness.data && !readiness.error && <Loader size="sm" aria-label="Checking readiness" />}
      {readiness.data && (
        <Stack gap="sm">
          {readiness.data.unmet.length === 0 ? (
            <Text size="sm">
              {done
                ? 'Every condition for being ready is met.'
                : 'Nothing: every condition for being ready is met.'}
            </Text>
          ) : (
            <>
              {done && (
                <Text size="sm" c="dimmed">
                  Still not met:
                </Text>
              )}
              <List size="sm" spacing={4}>
                {readiness.data.unmet.map((u) => (
                  <List.Item key={u.condition}>{u.message}</List.Item>
                ))}
              </List>
            </>
          )}
          {readiness.data.advisory && (
            <Text size="sm" c="dimmed">
              {readiness.data.advisory}
            </Text>
          )}
          {readiness.data.exceptions.map((x) => (
            <Alert
              key={x.id}
              color="orange"
              title={`Exception to the readiness gate: ${stageLabel(x.stage)}`}
            >
              <Text size="sm">{x.reason}</Text>
              <Text size="xs" c="dimmed" mt={4}>
                Recorded by {x.recordedByName ?? 'a former member of staff'} on {formatDateTime(x.recordedAt)}
                . Missing at the time: {x.unmet.join(' ')}
              </Text>
            </Alert>
          ))}
        </Stack>
      )}
    </DetailSection>
  );
}
