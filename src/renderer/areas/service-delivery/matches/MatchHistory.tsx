import { Table } from '@mantine/core';
import type { Match } from '../../../../shared/contract/matches';
import { DetailSection } from '../../../components/details/DetailSection';
import { matchStageLabel, ukOrDash } from './match-format';

/** Every step of the workflow: when, what, a note and who recorded it. */
export function MatchHistoryTable({ match }: { match: Match }) {
  return (
    <Table withTableBorder striped fz="sm" aria-label="Steps of the match">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Date</Table.Th>
          <Table.Th scope="col">Step</Table.Th>
          <Table.Th scope="col">Note</Table.Th>
          <Table.Th scope="col">Recorded by</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {match.history.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{ukOrDash(h.onDate)}</Table.Td>
            <Table.Td>{matchStageLabel(h.stage)}</Table.Td>
            <Table.Td>{h.note || '—'}</Table.Td>
            <Table.Td>{h.recordedByName ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function MatchHistory({ match }: { match: Match }) {
  return (
    <DetailSection title="History">
      <MatchHistoryTable match={match} />
    </DetailSection>
  );
}
