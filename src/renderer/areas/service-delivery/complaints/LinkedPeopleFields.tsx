import { Grid, Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { useChannelQuery } from '../../../api/channels';

type ComplaintForm = UseFormReturnType<Record<string, unknown>>;

/**
 * Optional links from a complaint to the mentor or mentee it concerns: searched by name in the
 * core (a page of 20), so the boxes work the same with ten people or ten thousand. A link already
 * saved shows its name from the complaint until the box is searched.
 */
export function LinkedPeopleFields({
  form,
  mentorName,
  menteeName,
}: {
  form: ComplaintForm;
  mentorName?: string | null;
  menteeName?: string | null;
}) {
  const [mentorSearch, setMentorSearch] = useState('');
  const [menteeSearch, setMenteeSearch] = useState('');
  const [mentorQ] = useDebouncedValue(mentorSearch.trim(), 250);
  const [menteeQ] = useDebouncedValue(menteeSearch.trim(), 250);
  const mentors = useChannelQuery(contract.mentors.list, {
    ...(mentorQ ? { search: mentorQ } : {}),
    pageSize: 20,
  });
  const mentees = useChannelQuery(contract.mentees.list, {
    ...(menteeQ ? { search: menteeQ } : {}),
    pageSize: 20,
  });
  const values = form.getValues();
  const options = (
    items: { id: string; displayName: string }[] | undefined,
    current: unknown,
    currentName: string | null | undefined,
  ) => {
    const list = (items ?? []).map((p) => ({ value: p.id, label: p.displayName }));
    if (typeof current === 'string' && currentName && !list.some((o) => o.value === current))
      list.unshift({ value: current, label: currentName });
    return list;
  };
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Linked mentor (optional)"
          placeholder="Type to find a mentor"
          searchable
          clearable
          nothingFoundMessage="No mentor has that name"
          data={options(mentors.data?.items, values.mentorId, mentorName)}
          searchValue={mentorSearch}
          onSearchChange={setMentorSearch}
          value={(values.mentorId as string | null) ?? null}
          onChange={(v) => form.setFieldValue('mentorId', v)}
          error={form.getInputProps('mentorId').error}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Linked mentee (optional)"
          placeholder="Type to find a mentee"
          searchable
          clearable
          nothingFoundMessage="No mentee has that name"
          data={options(mentees.data?.items, values.menteeId, menteeName)}
          searchValue={menteeSearch}
          onSearchChange={setMenteeSearch}
          value={(values.menteeId as string | null) ?? null}
          onChange={(v) => form.setFieldValue('menteeId', v)}
          error={form.getInputProps('menteeId').error}
        />
      </Grid.Col>
    </Grid>
  );
}
