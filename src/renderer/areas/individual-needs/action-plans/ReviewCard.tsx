import { Card, Group, SimpleGrid, Table, Text } from '@mantine/core';
import type { Review } from '../../../../shared/contract/plans';
import { PROGRESS_RATING_LABELS } from '../../../../shared/matching/relationship';
import { DetailList } from '../../../components/details/DetailSection';
import { pathwayLabel, ukOrDash } from './plan-format';

/** A rating table: what was rated (a pathway or a goal) and how it went. */
function Ratings({ caption, rows }: { caption: string; rows: [string, string][] }) {
  if (!rows.length) return null;
  return (
    <Table withTableBorder striped fz="sm">
      <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <Table.Tbody>
        {rows.map(([what, rating], i) => (
          <Table.Tr key={`${i}-${what}`}>
            <Table.Th scope="row" fw={400}>
              {what}
            </Table.Th>
            <Table.Td w={150}>{rating}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One review as recorded. */
export function ReviewCard({ review: r }: { review: Review }) {
  const heading = `Review held ${ukOrDash(r.heldOn)}`;
  return (
    <Card withBorder padding="md" radius="sm" component="article" aria-label={heading}>
      <Group justify="space-between" mb="xs">
        <Text fw={600} component="h3" m={0} fz="md">
          {heading}
        </Text>
        <Text size="sm" c="dimmed">
          Next review {ukOrDash(r.nextReviewDue)} · recorded by {r.recordedByName}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="sm">
        <Ratings
          caption="Pathways"
          rows={r.pathwayRatings.map((p) => [pathwayLabel(p.pathway), PROGRESS_RATING_LABELS[p.rating]])}
        />
        <Ratings
          caption="Goals"
          rows={r.goalRatings.map((g) => [g.specific, PROGRESS_RATING_LABELS[g.rating]])}
        />
      </SimpleGrid>
      <DetailList
        items={[
          { label: 'Achieved', value: r.achievements, wide: true },
          { label: 'The mentee gained', value: r.menteeGained },
          { label: 'The mentor gained', value: r.mentorGained },
          { label: 'Changes to the plan', value: r.planChanges },
          { label: 'Changes to the agreed length', value: r.lengthChange },
        ]}
      />
    </Card>
  );
}
