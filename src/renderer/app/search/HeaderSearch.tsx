import { useEffect, useRef, useState } from 'react';
import { Badge, Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { contract } from '../../../shared/contract';
import { useChannelQuery } from '../../api/channels';
import { navigate } from '../router';
import { KIND_COLOURS, KIND_LABELS, targetOf } from './search-targets';
import { useSearchShortcut } from './use-search-shortcut';
import './header-search.css';

/** Results are asked for once typing pauses this long, not on every key. */
const DEBOUNCE_MS = 100;
const MIN_LENGTH = 2;
const LIMIT = 8;

/**
 * The header's "find anyone" box: mentees, mentors and staff by name, reference or prison number,
 * only those the signed-in person may see (the core decides). Ctrl+K or "/" focuses it; arrow keys
 * move through the results and Enter opens one.
 */
export function HeaderSearch() {
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value.trim(), DEBOUNCE_MS);
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  useSearchShortcut(input);

  const ready = debounced.length >= MIN_LENGTH && debounced.length <= 60;
  const found = useChannelQuery(
    contract.search.people,
    { query: debounced, limit: LIMIT },
    { enabled: ready, placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const items = ready ? (found.data?.items ?? []) : [];
  const settled = ready && !found.isFetching && debounced === value.trim();

  // The best match is ready for Enter as soon as it arrives.
  useEffect(() => {
    if (items.length) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [found.data]);

  const open = (id: string) => {
    const hit = items.find((h) => h.id === id);
    if (!hit) return;
    setValue('');
    combobox.closeDropdown();
    input.current?.blur();
    void navigate(targetOf(hit));
  };

  // Not in a portal: the list stays inside the header's landmark, where screen readers expect it.
  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal={false} position="bottom-start">
      <Combobox.Target>
        <TextInput
          ref={input}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setValue('');
              input.current?.blur();
            }
          }}
          aria-label="Find a person"
          placeholder="Find a person"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            found.isFetching && ready ? (
              <Loader size={14} aria-label="Searching" />
            ) : (
              <Kbd size="xs" aria-hidden>
                Ctrl K
              </Kbd>
            )
          }
          rightSectionWidth={58}
          w={{ base: 180, md: 300 }}
          autoComplete="off"
          spellCheck={false}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={value.trim().length < MIN_LENGTH} miw={320}>
        <Combobox.Options aria-label="People found">
          {items.map((hit) => (
            <Combobox.Option value={hit.id} key={hit.id} className="header-search-option">
              <Group gap="sm" wrap="nowrap" justify="space-between">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    {hit.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {hit.detail}
                  </Text>
                </div>
                <Badge size="sm" variant="light" color={KIND_COLOURS[hit.kind]}>
                  {KIND_LABELS[hit.kind]}
                </Badge>
              </Group>
            </Combobox.Option>
          ))}
          {settled && !items.length && (
            <Combobox.Empty>No one found with that name or number.</Combobox.Empty>
          )}
          {!settled && !items.length && <Combobox.Empty>Searching…</Combobox.Empty>}
        </Combobox.Options>
        {found.isError && (
          <Text size="xs" c="red" p="xs" role="alert">
            The search did not work. Try again.
          </Text>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
