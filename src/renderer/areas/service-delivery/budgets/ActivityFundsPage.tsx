import { Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ActivityFundRow } from '../../../../shared/contract/budgets';
import { formatPence } from '../../../../shared/expenses/expenses';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { Pager } from '../../../components/data-table/Pager';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { matchPath } from '../matches/match-paths';
import { ActivityFundModal } from './ActivityFundModal';
import { BUDGETS_PATH } from './budget-paths';

const PAGE_SIZE = 50;

/** Matches with an activity fund: allowance, spent on approved or paid claims, what is left. */
export function ActivityFundsPage() {
  const { session } = useSignedIn();
  const [page, setPage] = useState(1);
  const funds = useChannelQuery(contract.budgets.funds, { page, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<ActivityFundRow | null>(null);
  const mayWrite = mayCall(contract.budgets.setFund, session.roles);
  return (
    <Page
      title="Activity funds"
      description="What each match may spend on activities together. Set a fund from the match’s page; activity claims spend it once approved."
    >
      {/* The way back is a link under the title, as on every other record page. */}
      <Anchor component={RouterLink} to={BUDGETS_PATH} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          Budget
        </Group>
      </Anchor>
      <FormAlert title="The activity funds could not be loaded">
        {funds.error ? errorMessage(funds.error) : null}
      </FormAlert>
      {!funds.data ? (
        <Loader size="sm" aria-label="Loading activity funds" />
      ) : funds.data.items.length === 0 ? (
        <Text c="dimmed">No match has an activity fund yet. Set one from the match’s page.</Text>
      ) : (
        <>
          <TableScroll label="Activity funds" minWidth={760}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Match</Table.Th>
                  <Table.Th scope="col">Mentor and mentee</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Allowance
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Spent
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Remaining
                  </Table.Th>
                  {mayWrite && (
                    <Table.Th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {funds.data.items.map((f) => (
                  <Table.Tr key={f.matchId}>
                    <Table.Th scope="row" fw={500}>
                      <RouterLink to={matchPath(f.matchId)} style={{ whiteSpace: 'nowrap' }}>
                        {f.reference}
                      </RouterLink>
                    </Table.Th>
                    <Table.Td>
                      {f.mentorName} with {f.menteeName}
                      {f.stage !== 'active' && (
                        <Text size="xs" c="dimmed">
                          Not active
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatPence(f.allowancePence)}</Table.Td>
                    <Table.Td ta="right">{formatPence(f.spentPence)}</Table.Td>
                    <Table.Td
                      ta="right"
                      c={f.remainingPence < 0 ? 'red.9' : undefined}
                      fw={f.remainingPence < 0 ? 700 : undefined}
                    >
                      {formatPence(f.remainingPence)}
                    </Table.Td>
                    {mayWrite && (
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(f)}
                          aria-label={`Change the fund for ${f.reference}`}
                        >
                          Change
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager
            total={funds.data.total}
            page={page}
            pageSize={PAGE_SIZE}
            noun={{ one: 'match with a fund', many: 'matches with a fund' }}
            onPageChange={setPage}
          />
        </>
      )}
      {editing && (
        <ActivityFundModal
          matchId={editing.matchId}
          matchLabel={editing.reference}
          allowancePence={editing.allowancePence}
          spentPence={editing.spentPence}
          note={editing.note}
          onClose={() => setEditing(null)}
        />
      )}
    </Page>
  );
}
