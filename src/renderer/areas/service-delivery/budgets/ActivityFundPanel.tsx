import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { formatPence } from '../../../../shared/expenses/expenses';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ActivityFundModal } from './ActivityFundModal';

/**
 * A match's activity fund on the match page (co-ordinators only: the panel is absent for anyone
 * else): allowance, spent on approved or paid claims, remaining, and a button to set or change it.
 */
export function ActivityFundPanel({ matchId, reference }: { matchId: string; reference: string }) {
  const { session } = useSignedIn();
  const allowed = mayCall(contract.budgets.fund, session.roles);
  const fund = useChannelQuery(contract.budgets.fund, { matchId }, { enabled: allowed });
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  const f = fund.data;
  return (
    <DetailSection
      title="Activity fund"
      items={
        f && f.allowancePence !== null
          ? [
              { label: 'Allowance', value: formatPence(f.allowancePence) },
              { label: 'Spent (approved or paid claims)', value: formatPence(f.spentPence) },
              {
                label: 'Remaining',
                value: (
                  <Text span c={(f.remainingPence ?? 0) < 0 ? 'red.9' : undefined} fw={600}>
                    {formatPence(f.remainingPence ?? 0)}
                  </Text>
                ),
              },
              ...(f.note ? [{ label: 'Note', value: f.note }] : []),
            ]
          : undefined
      }
    >
      <FormAlert title="The activity fund could not be loaded">
        {fund.error ? errorMessage(fund.error) : null}
      </FormAlert>
      {f && f.allowancePence === null && (
        <Text size="sm" c="dimmed">
          No activity fund is set for this match.
          {f.spentPence > 0 ? ` Activity claims so far: ${formatPence(f.spentPence)}.` : ''}
        </Text>
      )}
      {f && mayCall(contract.budgets.setFund, session.roles) && (
        <Group mt="sm">
          <Button variant="light" size="sm" onClick={() => setOpen(true)}>
            {f.allowancePence === null ? 'Set an activity fund' : 'Change the activity fund'}
          </Button>
        </Group>
      )}
      {open && f && (
        <ActivityFundModal
          matchId={matchId}
          matchLabel={reference}
          allowancePence={f.allowancePence}
          spentPence={f.spentPence}
          note={f.note}
          onClose={() => setOpen(false)}
        />
      )}
    </DetailSection>
  );
}
