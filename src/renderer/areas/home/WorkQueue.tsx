import { Badge, Group, Loader, Title } from '@mantine/core';
import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { FormAlert } from '../../components/FormAlert';
import { mayCall } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { ClearanceQueue } from './ClearanceQueue';
import { WorkList } from './WorkList';

/**
 * What needs doing, for the signed-in person. Co-ordinators, safeguarding leads and caseworkers get
 * one list across mentors, mentees and matches (a caseworker: their caseload; the core decides);
 * a lead mentor keeps the prison clearances of their own cluster's mentors.
 */
export function WorkQueue() {
  const { session } = useSignedIn();
  const whole = mayCall(contract.workqueue.items, session.roles);
  const clearances = !whole && mayCall(contract.mentors.clearancesDue, session.roles);
  const work = useChannelQuery(contract.workqueue.items, {}, { enabled: whole });
  const cleared = useChannelQuery(contract.mentors.clearancesDue, {}, { enabled: clearances });
  if (!whole && !clearances) return null;
  const query = whole ? work : cleared;
  const count = whole ? work.data?.total : cleared.data?.items.length;
  return (
    <section aria-labelledby="queue-heading">
      <Group gap="xs" mb="sm">
        <Title order={2} fz="h3" id="queue-heading">
          Work queue
        </Title>
        {count !== undefined && (
          <Badge variant="light" aria-label={`${count} ${count === 1 ? 'item' : 'items'} in all`}>
            {count}
          </Badge>
        )}
      </Group>
      {query.error && (
        <FormAlert title="The work queue could not be loaded">{errorMessage(query.error)}</FormAlert>
      )}
      {!query.data && !query.error && <Loader size="sm" aria-label="Loading the work queue" />}
      {whole && work.data && (
        <WorkList items={work.data.items} counts={work.data.counts} today={ukToday(new Date())} />
      )}
      {clearances && cleared.data && <ClearanceQueue items={cleared.data.items} />}
    </section>
  );
}
