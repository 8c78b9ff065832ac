import { Alert, List } from '@mantine/core';
import type { EarlierDecline } from '../../../../shared/contract/matching';
import { formatUkDate } from '../../../../shared/uk-date';

const BY = { mentor: 'the mentor', mentee: 'the mentee' } as const;

/** Earlier proposals that were declined, recorded without blame, so the next choice can learn from them. */
export function EarlierDeclines({ declines }: { declines: readonly EarlierDecline[] }) {
  if (!declines.length) return null;
  return (
    <Alert color="gray" title="Declined before">
      <List size="sm" spacing={4}>
        {declines.map((d) => (
          <List.Item key={d.matchId}>
            {d.mentorName}
            {d.declinedBy ? `, declined by ${BY[d.declinedBy]}` : ''}
            {d.declinedOn ? ` on ${formatUkDate(d.declinedOn)}` : ''}
            {d.reason ? `: ${d.reason}` : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
