import { Badge, Button, Card, Collapse, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { Candidate } from '../../../../shared/contract/matching';
import {
  CRITERION_OUTCOME_LABELS,
  GATE_OUTCOME,
  MATCH_CRITERION_LABELS,
  MATCH_GATE_LABELS,
  OUTCOME_COLOURS,
} from './matching-format';

/** The gates as badges: met, pending (allowed, marked) or not met, each with its detail. */
export function GateList({ gates }: { gates: Candidate['gates'] }) {
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {gates.map((g) => (
        <Group key={g.gate} gap="xs" component="li" wrap="nowrap">
          <Badge color={GATE_OUTCOME[g.outcome].colour} variant="light" w={80}>
            {GATE_OUTCOME[g.outcome].label}
          </Badge>
          <Text size="sm">
            {MATCH_GATE_LABELS[g.gate]}
            <Text span size="sm" c="dimmed">
              {' '}
              — {g.detail}
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** The side-by-side explanation: each criterion, both people's values, the result and its points. */
export function CriteriaTable({ candidate }: { candidate: Candidate }) {
  return (
    <Table striped withTableBorder verticalSpacing="xs" fz="sm">
      <Table.Caption>
        How {candidate.name} compares with the mentee: {candidate.score} of {candidate.maxScore} points
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Criterion</Table.Th>
          <Table.Th scope="col">Mentee</Table.Th>
          <Table.Th scope="col">Mentor</Table.Th>
          <Table.Th scope="col">Result</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>
            Points
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidate.criteria.map((c) => (
          <Table.Tr key={c.criterion}>
            <Table.Th scope="row" fw={500}>
              {MATCH_CRITERION_LABELS[c.criterion]}
            </Table.Th>
            <Table.Td>{c.menteeValue}</Table.Td>
            <Table.Td>
              {c.mentorValue}
              {c.note && (
                <Text size="xs" c="dimmed">
                  {c.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge color={OUTCOME_COLOURS[c.outcome]} variant="light">
                {CRITERION_OUTCOME_LABELS[c.outcome]}
              </Badge>
            </Table.Td>
            <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
              {c.points} / {c.maxPoints}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Props {
  candidate: Candidate;
  /** Shown when the caller may propose and the mentee can be matched now. */
  onPropose?: () => void;
  initiallyOpen?: boolean;
}

/** One suggested mentor: rank, score, gates, and the explanation behind a disclosure button. */
export function CandidateCard({ candidate, onPropose, initiallyOpen = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  const pending = candidate.gates.some((g) => g.outcome === 'pending');
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`${panelId}-name`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} fz="h4" id={`${panelId}-name`}>
              {candidate.rank}. {candidate.name}
            </Title>
            <Group gap="xs" mt={4}>
              <Text size="sm" fw={600}>
                {candidate.score} of {candidate.maxScore} points
              </Text>
              {candidate.rank === 1 && (
                <Badge color="blue" variant="light">
                  Top suggestion
                </Badge>
              )}
              {pending && (
                <Badge color="yellow" variant="light">
                  Clearance pending
                </Badge>
              )}
            </Group>
          </div>
          <Group gap="sm">
            <Button
              variant="default"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((o) => !o)}
              rightSection={
                open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />
              }
            >
              {open ? 'Hide why' : 'Show why'}
            </Button>
            {onPropose && <Button onClick={onPropose}>Propose this match</Button>}
          </Group>
        </Group>
        <Collapse expanded={open}>
          <Stack gap="sm" id={panelId}>
            <GateList gates={candidate.gates} />
            <CriteriaTable candidate={candidate} />
          </Stack>
        </Collapse>
      </Stack>
    </Card>
  );
}
