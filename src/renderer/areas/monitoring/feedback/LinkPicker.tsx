import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { LINK_KINDS } from '../../../../shared/contract/feedback';
import { useChannelQuery } from '../../../api/channels';

type Kind = (typeof LINK_KINDS)[number];

/**
 * Choose a mentee, mentor or partner by typing part of a name: the core answers the first 30
 * matches, so the list stays short however many people the programme has worked with. The chosen
 * person's name (`currentLabel`) stays in the options so it shows before any search.
 */
export function LinkPicker({
  kind,
  label,
  value,
  currentLabel,
  onChange,
  error,
  description,
  required,
}: {
  kind: Kind;
  label: string;
  value: string | null;
  currentLabel?: string | null;
  onChange(value: string | null): void;
  error?: React.ReactNode;
  description?: string;
  required?: boolean;
}) {
  const [search, setSearch] = useState('');
  // The chosen option, kept so its name shows whatever the latest search answered.
  const [chosen, setChosen] = useState(value && currentLabel ? { value, label: currentLabel } : null);
  const [term] = useDebouncedValue(search === chosen?.label ? '' : search, 250);
  const options = useChannelQuery(
    contract.feedback.linkOptions,
    { kind, search: term },
    { placeholderData: keepPreviousData },
  );
  const data = (options.data ?? []).map((o) => ({ value: o.id, label: o.label }));
  if (value && chosen?.value === value && !data.some((o) => o.value === value)) data.unshift(chosen);
  return (
    <Select
      label={label}
      description={description}
      required={required}
      searchable
      clearable={!required}
      placeholder="Type to find"
      nothingFoundMessage="Nobody with that name"
      data={data}
      value={value}
      onChange={(next, option) => {
        setChosen(next && option ? { value: next, label: option.label } : null);
        onChange(next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      error={error}
    />
  );
}
