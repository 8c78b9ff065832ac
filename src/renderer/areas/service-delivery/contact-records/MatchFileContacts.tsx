import { Text, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { useChannelQuery } from '../../../api/channels';
import { ContactRecordTable } from './ContactRecordTable';
import { ContactTotalsLine } from './ContactTotalsLine';

/**
 * The match file's record of contact: the totals and every session, for printing. Left out for a
 * reader who may not see it (the core decides).
 */
export function MatchFileContacts({ matchId }: { matchId: string }) {
  const list = useChannelQuery(contract.mentoring.contacts, { matchId });
  if (!list.data) return null;
  return (
    <section>
      <Title order={2} fz="h4" mb="xs">
        Record of contact
      </Title>
      <ContactTotalsLine totals={list.data.totals} />
      {list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          No sessions recorded.
        </Text>
      ) : (
        <ContactRecordTable items={list.data.items} />
      )}
    </section>
  );
}
