import { List, Loader, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';

/**
 * "What is still needed before matching", in the words the gate refuses with. The facts change in
 * other tabs (induction, risk, carers), so it asks the core again whenever it is shown.
 */
export function MenteeReadinessPanel({ menteeId }: { menteeId: string }) {
  const readiness = useChannelQuery(
    contract.mentees.readiness,
    { id: menteeId },
    { staleTime: 0, refetchOnMount: 'always' },
  );
  return (
    <DetailSection title="What is still needed before matching">
      {readiness.error && (
        <FormAlert title="This could not be worked out">{errorMessage(readiness.error)}</FormAlert>
      )}
      {!readiness.data && !readiness.error && <Loader size="sm" aria-label="Checking readiness" />}
      {readiness.data &&
        (readiness.data.unmet.length === 0 ? (
          <Text size="sm">Nothing: every condition for matching is met.</Text>
        ) : (
          <List size="sm" spacing={4}>
            {readiness.data.unmet.map((u) => (
              <List.Item key={u.condition}>{u.message}</List.Item>
            ))}
          </List>
        ))}
    </DetailSection>
  );
}
