import { Alert, Card, Loader, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { EqualityProfile, ProfileCell, ProfilePopulation } from '../../../../shared/contract/screening';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';

const hidden = (threshold: number) => `Fewer than ${threshold}`;
/** A cell as shown: its number, "fewer than 5", or "not shown" when hidden to protect another cell. */
const shown = (n: number | null, threshold: number, reason: ProfileCell['hidden'] = 'small') =>
  n !== null ? String(n) : reason === 'secondary' ? 'Not shown' : hidden(threshold);

/**
 * Equality of recruitment (standard 9): the profile of mentors by age band, gender, ethnic group
 * and disability, to compare with the communities served. Nobody here sees a person: numbers under
 * the threshold are hidden for everyone but co-ordinators, who also see what others are shown.
 */
export function EqualityProfilePage() {
  const [population, setPopulation] = useState<ProfilePopulation>('current');
  const found = useChannelQuery(contract.screening.equalityProfile, { population });
  return (
    <Page
      title="Equality of recruitment"
      description="Who our mentors are, from their equality monitoring answers. Compare it with the people and places the programme serves."
      actions={
        <SegmentedControl
          aria-label="Which mentors to count"
          value={population}
          onChange={(v) => setPopulation(v as ProfilePopulation)}
          data={[
            { value: 'current', label: 'Current mentors' },
            { value: 'all', label: 'Everyone ever recorded' },
          ]}
        />
      }
    >
      <FormAlert title="The profile could not be shown">
        {found.error ? errorMessage(found.error) : null}
      </FormAlert>
      {!found.data ? !found.error && <Loader aria-label="Loading the profile" /> : <Profile p={found.data} />}
    </Page>
  );
}

function Profile({ p }: { p: EqualityProfile }) {
  // Exact figures reach only roles that may read equality data (the core blanks them for others).
  const exact = p.answered.exact !== null;
  const percent = exact ? p.completionPercentExact : p.completionPercent;
  return (
    <Stack gap="lg">
      <Alert variant="light" color={exact ? 'yellow' : 'blue'}>
        {exact
          ? `You see exact numbers. Everyone else sees numbers from 1 to ${p.threshold - 1} as “${hidden(p.threshold).toLowerCase()}”, and one more number as “not shown” where the total would otherwise give a small one away.`
          : `Numbers from 1 to ${p.threshold - 1} are shown as “${hidden(p.threshold).toLowerCase()}”, and a number that would give one of them away as “not shown”, so that nobody can be picked out.`}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label="Mentors" value={String(p.mentors)} />
        <Figure
          label="Have answered"
          value={shown(exact ? p.answered.exact : p.answered.count, p.threshold)}
        />
        <Figure label="Answered" value={percent === null ? 'Not shown' : `${percent}%`} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Breakdown title="Age band" cells={p.ageBands} threshold={p.threshold} exact={exact} />
        <Breakdown title="Gender" cells={p.genders} threshold={p.threshold} exact={exact} />
        <Breakdown title="Ethnic group" cells={p.ethnicityGroups} threshold={p.threshold} exact={exact} />
        <Breakdown title="Disability" cells={p.disability} threshold={p.threshold} exact={exact} />
      </SimpleGrid>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="h2" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

function Breakdown({
  title,
  cells,
  threshold,
  exact,
}: {
  title: string;
  cells: ProfileCell[];
  threshold: number;
  exact: boolean;
}) {
  const id = `profile-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      <Table striped aria-labelledby={id}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Answer</Table.Th>
            <Table.Th scope="col" ta="right">
              Mentors
            </Table.Th>
            {exact && (
              <Table.Th scope="col" ta="right">
                Shown to others
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cells.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row" fw={400}>
                {c.label}
              </Table.Th>
              <Table.Td ta="right">{shown(exact ? c.exact : c.count, threshold, c.hidden)}</Table.Td>
              {exact && <Table.Td ta="right">{shown(c.count, threshold, c.hidden)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
